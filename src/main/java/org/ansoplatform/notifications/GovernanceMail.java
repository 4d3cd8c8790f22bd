package org.ansoplatform.notifications;

import java.util.List;
import java.util.Set;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.governance.MembershipStepNotice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails of governance: the applicant hears of every step of a membership application (with the question
 * the Secretariat asks), the Secretariat of what it must check, the Board of what it must read before it meets.
 */
@Component
class GovernanceMail {

    /** The steps the applicant hears of; its own answer is acknowledged by the page, not by mail. */
    private static final Set<String> TO_APPLICANT = Set.of("SUBMITTED", "INFORMATION_REQUESTED", "COMPLETE", "ENDORSED",
            "APPROVED", "REJECTED_BOARD", "REJECTED_ASSEMBLY", "POSTPONED_BOARD", "POSTPONED_ASSEMBLY");
    /** The steps the Secretariat must act on: a new application to check, an answer to its question. */
    private static final Set<String> TO_SECRETARIAT = Set.of("SUBMITTED", "ANSWERED");
    /** The step that puts an application before the Board. */
    private static final Set<String> TO_BOARD = Set.of("COMPLETE");

    private final Mailer mailer;
    private final AccountQueries accounts;

    GovernanceMail(Mailer mailer, AccountQueries accounts) {
        this.mailer = mailer;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(MembershipStepNotice notice) {
        String note = notice.note() == null || notice.note().isBlank() ? "—" : notice.note();
        if (TO_APPLICANT.contains(notice.step())) {
            accounts.contact(notice.applicantId()).ifPresent(contact -> mailer.send(contact,
                    "governance.application." + notice.step(), notice.legalName(), mailer.link(notice.applicantPath()), note));
        }
        if (TO_SECRETARIAT.contains(notice.step())) {
            holders(Role.SECRETARIAT).forEach(contact -> mailer.send(contact, "governance.toCheck." + notice.step(),
                    notice.legalName(), mailer.link(notice.secretariatPath()), note));
        }
        if (TO_BOARD.contains(notice.step())) {
            holders(Role.BOARD_MEMBER).forEach(contact -> mailer.send(contact, "governance.toBoard",
                    notice.legalName(), mailer.link(notice.boardPath()), note));
        }
    }

    private List<Contact> holders(Role role) {
        return accounts.activeHolders(role);
    }
}
