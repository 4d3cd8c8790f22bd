package org.ansoplatform.datasets.discovery;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.identifiers.Citations;
import org.ansoplatform.identifiers.DoiManagement;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * What a version's landing page says to machines: schema.org {@code Dataset} JSON-LD, FAIR Signposting level 1
 * {@code Link} headers and level 2 linksets, and the representations content negotiation offers. Absolute addresses
 * start with {@code base} (the platform's public address, no trailing slash).
 */
@Component
public class LandingDiscovery {

    private final Citations citations;
    private final DoiManagement dois;

    LandingDiscovery(Citations citations, DoiManagement dois) {
        this.citations = citations;
        this.dois = dois;
    }

    /** The JSON-LD for the page's {@code <script type="application/ld+json">}, escaped for HTML. */
    public String jsonLd(DatasetDescription version, String base) {
        return SchemaOrgDataset.forHtml(SchemaOrgDataset.of(version, base));
    }

    /** The {@code Link} header value of signposting level 1, a few kilobytes at most whatever the file count. */
    public String linkHeader(DatasetDescription version, String base) {
        return LinkFormats.header(version, base).value();
    }

    /** How many open files the {@code Link} header leaves to the linkset (0 when it lists them all). */
    public int itemsLeftToLinkset(DatasetDescription version, String base) {
        return LinkFormats.header(version, base).omittedItems();
    }

    /** The linkset as {@code application/linkset} (RFC 9264 section 4.1). */
    public String linkset(DatasetDescription version, String base) {
        return LinkFormats.linkset(Signposts.linksetLinks(version, base));
    }

    /** The linkset as {@code application/linkset+json} (RFC 9264 section 4.2): {@code linkset} is its only member. */
    public String linksetJson(DatasetDescription version, String base) {
        return LinkFormats.linksetJson(Signposts.linksetLinks(version, base));
    }

    /** The body of the first acceptable representation (DataCite XML and JSON, CSL-JSON, BibTeX, RIS, JSON-LD), if any. */
    public Optional<Representation> represent(DatasetDescription version, String base, List<MediaType> accepted) {
        return Negotiation.choose(accepted).map(type -> render(version, base, type));
    }

    /** A metadata document at its own address ({@link ExportFormat#path}), which {@code describedby} links name. */
    public Representation export(DatasetDescription version, String base, ExportFormat format) {
        return render(version, base, MediaType.parseMediaType(format.mediaType()));
    }

    private Representation render(DatasetDescription version, String base, MediaType type) {
        var m = version.metadata();
        if (matches(type, Negotiation.DATACITE_XML)) {
            return new Representation(Negotiation.DATACITE_XML, dois.dataCiteXml(m));
        }
        if (matches(type, Negotiation.DATACITE_JSON)) {
            return new Representation(Negotiation.DATACITE_JSON, DataCiteJson.of(m));
        }
        if (matches(type, Negotiation.CSL_JSON)) {
            return new Representation(Negotiation.CSL_JSON, citations.cslJson(m));
        }
        if (matches(type, Negotiation.BIBTEX)) {
            return new Representation(Negotiation.BIBTEX, citations.bibTeX(m));
        }
        if (matches(type, Negotiation.RIS)) {
            return new Representation(Negotiation.RIS, citations.ris(m));
        }
        if (matches(type, Negotiation.JSON_LD)) {
            return new Representation(Negotiation.JSON_LD, SchemaOrgDataset.plain(SchemaOrgDataset.of(version, base)));
        }
        var style = Negotiation.style(type);
        return new Representation(new MediaType(Negotiation.BIBLIOGRAPHY, Map.of("style", style.csl())),
                citations.format(m, style, Negotiation.locale(type)));
    }

    private static boolean matches(MediaType type, MediaType offer) {
        return type.getType().equalsIgnoreCase(offer.getType()) && type.getSubtype().equalsIgnoreCase(offer.getSubtype());
    }

    /** A representation's media type and body. */
    public record Representation(MediaType type, String body) {
    }
}
