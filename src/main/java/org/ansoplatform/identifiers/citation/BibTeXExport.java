package org.ansoplatform.identifiers.citation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ansoplatform.identifiers.ContributorType;
import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import org.ansoplatform.identifiers.DataCiteMetadata.NameType;
import org.ansoplatform.identifiers.DescriptionType;
import org.ansoplatform.identifiers.ResourceTypeGeneral;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * A record as one BibTeX entry, written by jbibtex's formatter. Values are braced and LaTeX's special characters
 * escaped, so any title survives; non-Latin text stays UTF-8 (biber and XeLaTeX/LuaLaTeX read it as it is).
 * Organizations are double-braced so BibTeX never splits them into first and last names.
 */
public final class BibTeXExport {

    private static final Map<ResourceTypeGeneral, Key> TYPES = Map.of(
            ResourceTypeGeneral.JOURNAL_ARTICLE, BibTeXEntry.TYPE_ARTICLE, ResourceTypeGeneral.DATA_PAPER, BibTeXEntry.TYPE_ARTICLE,
            ResourceTypeGeneral.BOOK, BibTeXEntry.TYPE_BOOK, ResourceTypeGeneral.BOOK_CHAPTER, BibTeXEntry.TYPE_INCOLLECTION,
            ResourceTypeGeneral.CONFERENCE_PAPER, BibTeXEntry.TYPE_INPROCEEDINGS,
            ResourceTypeGeneral.CONFERENCE_PROCEEDING, BibTeXEntry.TYPE_PROCEEDINGS,
            ResourceTypeGeneral.DISSERTATION, BibTeXEntry.TYPE_PHDTHESIS, ResourceTypeGeneral.REPORT, BibTeXEntry.TYPE_TECHREPORT);

    public static final Key ABSTRACT = new Key("abstract");
    public static final Key KEYWORDS = new Key("keywords");
    public static final Key LANGUAGE = new Key("language");

    private BibTeXExport() {
    }

    public static String of(DataCiteMetadata m) {
        Key type = TYPES.getOrDefault(m.resourceType().general(), BibTeXEntry.TYPE_MISC);
        BibTeXEntry entry = new BibTeXEntry(type, new Key(key(m)));
        entry.addField(BibTeXEntry.KEY_AUTHOR, braced(names(m.creators())));
        List<Creator> editors = m.contributors().stream().filter(c -> c.type() == ContributorType.EDITOR)
                .map(DataCiteMetadata.Contributor::name).toList();
        if (!editors.isEmpty()) {
            entry.addField(BibTeXEntry.KEY_EDITOR, braced(names(editors)));
        }
        entry.addField(BibTeXEntry.KEY_TITLE, braced(escape(m.mainTitle().text())));
        entry.addField(BibTeXEntry.KEY_YEAR, braced(String.valueOf(m.publicationYear())));
        entry.addField(type == BibTeXEntry.TYPE_TECHREPORT ? BibTeXEntry.KEY_INSTITUTION
                : type == BibTeXEntry.TYPE_PHDTHESIS ? BibTeXEntry.KEY_SCHOOL : BibTeXEntry.KEY_PUBLISHER,
                braced(escape(m.publisher().name())));
        entry.addField(BibTeXEntry.KEY_DOI, braced(escape(m.identifier().value())));
        if (m.url() != null) {
            entry.addField(BibTeXEntry.KEY_URL, braced(escape(m.url())));
        }
        m.descriptions().stream().filter(d -> d.type() == DescriptionType.ABSTRACT).findFirst()
                .ifPresent(d -> entry.addField(ABSTRACT, braced(escape(d.text()))));
        if (!m.subjects().isEmpty()) {
            entry.addField(KEYWORDS, braced(escape(m.subjects().stream().map(DataCiteMetadata.Subject::text)
                    .collect(Collectors.joining(", ")))));
        }
        if (m.language() != null) {
            entry.addField(LANGUAGE, braced(escape(m.language())));
        }
        BibTeXDatabase database = new BibTeXDatabase();
        database.addObject(entry);
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The key citation managers show: the DOI's suffix, with what a key may not hold replaced. */
    static String key(DataCiteMetadata m) {
        return m.identifier().suffix().replaceAll("[^A-Za-z0-9_:.-]", "_");
    }

    static String names(List<Creator> creators) {
        return creators.stream().map(BibTeXExport::name).collect(Collectors.joining(" and "));
    }

    private static String name(Creator creator) {
        if (creator.nameType() == NameType.ORGANIZATIONAL || (creator.familyName() == null && creator.givenName() == null)) {
            return "{" + escape(creator.name()) + "}";
        }
        if (creator.givenName() == null) {
            return "{" + escape(creator.familyName()) + "}";
        }
        String family = creator.familyName() == null ? "" : escape(creator.familyName());
        return (family.contains(" ") ? "{" + family + "}" : family) + ", " + escape(creator.givenName());
    }

    private static StringValue braced(String text) {
        return new StringValue(text, StringValue.Style.BRACED);
    }

    /** LaTeX's ten special characters, escaped so they print as themselves. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
