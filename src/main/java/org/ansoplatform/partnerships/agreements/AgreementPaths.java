package org.ansoplatform.partnerships.agreements;

import java.util.UUID;

/** The pages of agreements that other parts of the platform (emails, records, figures) link to. */
public final class AgreementPaths {

    public static final String REGISTER = "/secretariat/partnerships/agreements";
    public static final String PARTNERS = "/partners";

    private AgreementPaths() {
    }

    public static String agreement(UUID id) {
        return REGISTER + "/" + id;
    }
}
