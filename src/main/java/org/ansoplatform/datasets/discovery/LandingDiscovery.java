package org.ansoplatform.datasets.discovery;

import java.util.List;
import java.util.Optional;

import org.ansoplatform.datasets.DatasetDescription;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * What a version's landing page says to machines (contracts commit: part S fills it in): schema.org {@code Dataset}
 * JSON-LD, FAIR Signposting level 1 {@code Link} headers and level 2 linksets, and the representations content
 * negotiation offers. Absolute addresses start with {@code base} (the platform's public address, no trailing slash).
 */
@Component
public class LandingDiscovery {

    /** The JSON-LD for the page's {@code <script type="application/ld+json">}, escaped for HTML. */
    public String jsonLd(DatasetDescription version, String base) {
        return "{}";
    }

    /** The {@code Link} header value of signposting level 1, a few kilobytes at most whatever the file count. */
    public String linkHeader(DatasetDescription version, String base) {
        return "";
    }

    /** The linkset as {@code application/linkset} (RFC 9264 section 4.1). */
    public String linkset(DatasetDescription version, String base) {
        return "";
    }

    /** The linkset as {@code application/linkset+json} (RFC 9264 section 4.2): {@code linkset} is its only member. */
    public String linksetJson(DatasetDescription version, String base) {
        return "{\"linkset\":[]}";
    }

    /** The body of the first acceptable representation (DataCite XML and JSON, CSL-JSON, BibTeX, RIS, JSON-LD), if any. */
    public Optional<Representation> represent(DatasetDescription version, String base, List<MediaType> accepted) {
        return Optional.empty();
    }

    /** A representation's media type and body. */
    public record Representation(MediaType type, String body) {
    }
}
