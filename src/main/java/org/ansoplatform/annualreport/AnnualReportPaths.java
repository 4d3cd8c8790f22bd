package org.ansoplatform.annualreport;

import java.util.UUID;

import org.ansoplatform.shared.RecordRef;

/** The module's record type and the paths of its pages, written once. */
public final class AnnualReportPaths {

    public static final String MODULE = "annualreport";
    public static final String EDITION = "edition";

    private AnnualReportPaths() {
    }

    public static RecordRef edition(UUID id) {
        return new RecordRef(MODULE, EDITION, id);
    }

    /** The public web edition of a year (its latest published edition). */
    public static String publicEdition(int year) {
        return "/annual-report/" + year;
    }

    /**
     * The page that traces a figure of an edition: what it counts and which records. A reference of another year
     * keeps its {@code /YEAR} as a path segment (an encoded slash is refused by the firewall); the rest is encoded.
     */
    public static String figure(int year, String ref, UUID editionId) {
        int slash = ref.lastIndexOf('/');
        String head = slash < 0 ? ref : ref.substring(0, slash);
        String tail = slash < 0 ? "" : ref.substring(slash);
        return "/annual-report/" + year + "/figures/" + org.springframework.web.util.UriUtils.encodePathSegment(head,
                java.nio.charset.StandardCharsets.UTF_8) + tail + (editionId == null ? "" : "?edition=" + editionId);
    }

    /** The print PDF of a year's published edition in a language. */
    public static String pdf(int year, String language) {
        return "/annual-report/" + year + "/pdf?language=" + language;
    }

    /** The Secretariat's editor of a year's draft. */
    public static String editor(int year) {
        return "/secretariat/annual-report/" + year;
    }
}
