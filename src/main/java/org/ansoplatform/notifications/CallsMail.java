package org.ansoplatform.notifications;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.calls.ApplicantMailer;
import org.ansoplatform.calls.ApplicationSubmitted;
import org.ansoplatform.calls.RefereeDeclined;
import org.ansoplatform.calls.RefereeInvited;
import org.ansoplatform.calls.RefereeLetterReceived;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails of calls: the submission receipt, the referee's link (and its reminder), a letter's arrival, and the
 * Secretariat's messages, which the calls' outbox hands over one by one through {@link ApplicantMailer}.
 */
@Component
class CallsMail implements ApplicantMailer {

    private static final String MESSAGE = "calls.message";

    private final Mailer mailer;
    private final AccountQueries accounts;
    private final MailingLists lists;
    private final MailMetrics metrics;
    private final MessageSource messages;

    CallsMail(Mailer mailer, AccountQueries accounts, MailingLists lists, MailMetrics metrics, MessageSource messages) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.lists = lists;
        this.metrics = metrics;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted event) {
        accounts.contact(event.applicantId()).ifPresent(contact -> mailer.send(contact, "calls.receipt", event.reference(),
                mailer.link(event.applicationPath()), mailer.link(event.receiptPath())));
    }

    /** Referees have no account; they are written to in English, with the call's title in English and Chinese. */
    @ApplicationModuleListener
    void on(RefereeInvited event) {
        Contact referee = new Contact(null, event.refereeEmail(), event.refereeName(), Locale.ENGLISH);
        Mailer.Written link = mailer.link(event.path());
        mailer.send(referee, event.reminder() ? "calls.refereeReminder" : "calls.referee", event.applicantName(),
                event.callTitle().in(Locale.ENGLISH), link, MailTimes.inZone(event.deadline(), event.zone(), Locale.ENGLISH));
    }

    /**
     * The Secretariat's messages are the one list of calls (decision 419): each carries the one-click unsubscribe, and
     * an address that left the list is skipped and counted (false: not delivered).
     */
    @Override
    public boolean send(UUID applicantId, Function<Locale, Letter> write, String replyTo) {
        return accounts.contact(applicantId).map(contact -> {
            if (lists.optedOut(MailingLists.CALLS, contact.email())) {
                metrics.skipped(MESSAGE);
                return false;
            }
            Letter letter = write.apply(contact.locale());
            Mailer.Written leave = new Mailer.Written(messages.getMessage("email.list.calls.leave",
                    new Object[] {lists.link(MailingLists.CALLS, contact.email())}, contact.locale()));
            mailer.sendToList(contact, MESSAGE, letter.subject(), letter.body(), replyTo,
                    lists.headers(MailingLists.CALLS, contact.email()), leave);
            return true;
        }).orElse(false);
    }

    @ApplicationModuleListener
    void on(RefereeDeclined event) {
        accounts.contact(event.applicantId()).ifPresent(contact -> mailer.send(contact, "calls.refereeDeclined",
                event.refereeName(), event.reason().isBlank() ? "—" : event.reason(), mailer.link(event.path())));
    }

    @ApplicationModuleListener
    void on(RefereeLetterReceived event) {
        accounts.contact(event.applicantId()).ifPresent(contact -> mailer.send(contact, "calls.letterReceived",
                event.refereeName(), mailer.link(event.path())));
    }
}
