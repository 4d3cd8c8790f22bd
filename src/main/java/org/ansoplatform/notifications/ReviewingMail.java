package org.ansoplatform.notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.review.FurtherReviewRequested;
import org.ansoplatform.review.ReviewReminderDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The emails of reviewing: the reminder before a panel's deadline, and a request for a further review. */
@Component
class ReviewingMail {

    private final Mailer mailer;
    private final AccountQueries accounts;

    ReviewingMail(Mailer mailer, AccountQueries accounts) {
        this.mailer = mailer;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(ReviewReminderDue event) {
        Contact to = contact(event.personId(), event.email(), event.name());
        mailer.send(to, "reviewing.reminder", event.pending(), event.panelTitle().in(to.locale()),
                deadline(event.deadline(), event.zone(), to.locale()), mailer.link(event.path()));
    }

    @ApplicationModuleListener
    void on(FurtherReviewRequested event) {
        Contact to = contact(event.reviewerPersonId(), event.reviewerEmail(), event.reviewerName());
        mailer.send(to, "reviewing.further", event.panelTitle().in(to.locale()), deadline(event.deadline(), event.zone(), to.locale()),
                mailer.link(event.path()));
    }

    private Contact contact(UUID personId, String email, String name) {
        return accounts.contact(personId).orElseGet(() -> new Contact(personId, email, name, Locale.ENGLISH));
    }

    private static String deadline(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "—" : MailTimes.inZone(at, zone, locale);
    }
}
