package org.ansoplatform.partnerships;

/**
 * The kinds of agreement the alliance keeps. Those the Governing Board must endorse before they are approved
 * answer {@link #needsBoard()}; the others are approved by the Executive Director.
 */
public enum AgreementKind {
    MOU, FRAMEWORK_AGREEMENT, COOPERATION_AGREEMENT, PARTNERSHIP_STATUS, CONSULTATIVE_STATUS, INDUSTRIAL_PARTNERSHIP,
    LICENCE;

    /** Framework agreements and partnership statuses bind the alliance as a whole: the Board endorses them. */
    public boolean needsBoard() {
        return this == FRAMEWORK_AGREEMENT || this == PARTNERSHIP_STATUS || this == MOU;
    }
}
