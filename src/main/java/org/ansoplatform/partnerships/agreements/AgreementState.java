package org.ansoplatform.partnerships.agreements;

import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.platform.InvalidInputException;

/**
 * Which step an agreement may take from where it stands, refusing the others with the reason: signing before
 * approval, the Executive Director approving a kind the Board must endorse, renewing what is not in force.
 */
final class AgreementState {

    private AgreementState() {
    }

    static AgreementStatus negotiate(AgreementView a) {
        require(a.status() == AgreementStatus.PROPOSED, "partnerships.agreement.error.notProposed");
        return AgreementStatus.IN_NEGOTIATION;
    }

    static AgreementStatus approveByDirector(AgreementView a) {
        require(a.status().open(), "partnerships.agreement.error.notOpen");
        require(!a.kind().needsBoard(), "partnerships.agreement.error.boardRequired");
        return AgreementStatus.APPROVED;
    }

    /** What a Board decision may decide: an open agreement of a kind the Board endorses. */
    static boolean decidable(AgreementView a) {
        return a.status().open() && a.kind().needsBoard();
    }

    static AgreementStatus sign(AgreementView a) {
        require(a.status() == AgreementStatus.APPROVED, "partnerships.agreement.error.signBeforeApproval");
        return AgreementStatus.SIGNED;
    }

    static AgreementStatus renew(AgreementView a) {
        require(a.status() == AgreementStatus.ACTIVE || a.status() == AgreementStatus.SIGNED
                || a.status() == AgreementStatus.EXPIRED, "partnerships.agreement.error.notRenewable");
        return a.status() == AgreementStatus.EXPIRED ? AgreementStatus.ACTIVE : a.status();
    }

    static AgreementStatus terminate(AgreementView a) {
        require(a.status() != AgreementStatus.TERMINATED && a.status() != AgreementStatus.REJECTED
                && a.status() != AgreementStatus.EXPIRED, "partnerships.agreement.error.ended");
        return AgreementStatus.TERMINATED;
    }

    private static void require(boolean allowed, String messageKey) {
        if (!allowed) {
            throw new InvalidInputException(null, messageKey);
        }
    }
}
