package org.ansoplatform.partnerships.web;

import java.util.UUID;

import org.ansoplatform.partnerships.agreements.AgreementPaths;

/** The register's own addresses. */
final class AgreementPagesPaths {

    static final String NEW = AgreementPaths.REGISTER + "/new";

    private AgreementPagesPaths() {
    }

    static String edit(UUID id) {
        return AgreementPaths.agreement(id) + "/edit";
    }
}
