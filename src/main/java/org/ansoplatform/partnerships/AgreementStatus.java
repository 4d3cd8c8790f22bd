package org.ansoplatform.partnerships;

/**
 * Where an agreement stands. PROPOSED and IN_NEGOTIATION are open; APPROVED by the Executive Director or, for the
 * kinds that need it, by a Governing Board decision; SIGNED with its date; ACTIVE from its effective date; then
 * EXPIRED (renewing makes it ACTIVE again), TERMINATED, or REJECTED by the Board before signing.
 */
public enum AgreementStatus {
    PROPOSED, IN_NEGOTIATION, APPROVED, SIGNED, ACTIVE, EXPIRED, TERMINATED, REJECTED;

    /** Not yet approved: details may still change and the Board may still decide it. */
    public boolean open() {
        return this == PROPOSED || this == IN_NEGOTIATION;
    }

    /** Signed and not ended: what the public partners page and the figures count as a partnership in force. */
    public boolean inForce() {
        return this == SIGNED || this == ACTIVE;
    }

    /** Signed at some time: the public may see it unless it is confidential. */
    public boolean signed() {
        return this == SIGNED || this == ACTIVE || this == EXPIRED || this == TERMINATED;
    }
}
