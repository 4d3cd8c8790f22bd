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

    /** The Secretariat's editor of a year's draft. */
    public static String editor(int year) {
        return "/secretariat/annual-report/" + year;
    }
}
