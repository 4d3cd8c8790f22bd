package org.ansoplatform.partnerships.agreements;

/** What of the agreements the public may see: signed ones that are not confidential; never a draft, never a secret. */
public final class AgreementVisibility {

    private AgreementVisibility() {
    }

    public static boolean isPublic(AgreementView agreement) {
        return agreement.status().signed() && !agreement.confidential();
    }
}
