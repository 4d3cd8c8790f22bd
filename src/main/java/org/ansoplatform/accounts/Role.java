package org.ansoplatform.accounts;

/** What a person may do; a person may hold several. */
public enum Role {
    APPLICANT, REVIEWER, MEMBER_REPRESENTATIVE, SECRETARIAT, BOARD_MEMBER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
