package org.ansoplatform.identifiers;

import java.util.Locale;

import org.ansoplatform.identifiers.citation.BibTeXExport;
import org.ansoplatform.identifiers.citation.CitationFormatter;
import org.ansoplatform.identifiers.citation.CslItems;
import org.ansoplatform.identifiers.citation.RisExport;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Citations of any record from its DataCite metadata: CSL-JSON, BibTeX and RIS for citation managers, and the
 * entry formatted in a citation style in the reader's language. The DOI, when the record has one, is the
 * identifier every format carries.
 */
@Service
public class Citations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** CSL-JSON: an array with the one item (the form Zotero and citeproc processors import). */
    public String cslJson(DataCiteMetadata metadata) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(CslItems.json(CslItems.of(metadata)));
    }

    public String bibTeX(DataCiteMetadata metadata) {
        return BibTeXExport.of(metadata);
    }

    public String ris(DataCiteMetadata metadata) {
        return RisExport.of(metadata);
    }

    /** The bibliography entry as plain text. */
    public String format(DataCiteMetadata metadata, CitationStyle style, Locale locale) {
        return CitationFormatter.format(CslItems.forFormatting(metadata), style, locale, "text");
    }

    /** The bibliography entry as an HTML fragment (citeproc's markup, values escaped by it). */
    public String formatHtml(DataCiteMetadata metadata, CitationStyle style, Locale locale) {
        return CitationFormatter.format(CslItems.forFormatting(metadata), style, locale, "html");
    }
}
