package org.ansoplatform.accounts;

/** What a person may do; a person may hold several. */
public enum Role {
    APPLICANT, REVIEWER, MEMBER_REPRESENTATIVE, SECRETARIAT, BOARD_MEMBER, ADMIN,
    /** Finance staff: enter budget plans, import the ledger, record rates and fund movements (issue 19). */
    FINANCE,
    /** Data curators: review deposited datasets, return them with comments or publish them (issue 22). */
    DATA_CURATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
