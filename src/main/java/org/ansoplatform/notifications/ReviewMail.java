package org.ansoplatform.notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.review.ReviewerInvited;
import org.ansoplatform.review.ReviewersReassigned;
import org.ansoplatform.review.ReviewingOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails of review panels: an invitation to a panel, the opening of reviewing with the reviewer's load,
 * and the subjects a reviewer gains when a member drops out while reviewing.
 */
@Component
class ReviewMail {

    private final Mailer mailer;
    private final AccountQueries accounts;

    ReviewMail(Mailer mailer, AccountQueries accounts) {
        this.mailer = mailer;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(ReviewerInvited event) {
        accounts.contact(event.personId()).ifPresent(contact -> mailer.send(contact, "review.invited",
                event.panelTitle().in(contact.locale()), mailer.link(event.path())));
    }

    @ApplicationModuleListener
    void on(ReviewingOpened event) {
        for (ReviewingOpened.Assigned reviewer : event.reviewers()) {
            accounts.contact(reviewer.personId()).ifPresent(contact -> mailer.send(contact, "review.reviewing",
                    event.panelTitle().in(contact.locale()), reviewer.subjects(), deadline(event.deadline(), event.zone(), contact.locale()),
                    zone(event.deadline(), event.zone(), contact.locale()), mailer.link(event.path())));
        }
    }

    @ApplicationModuleListener
    void on(ReviewersReassigned event) {
        for (ReviewingOpened.Assigned reviewer : event.reviewers()) {
            accounts.contact(reviewer.personId()).ifPresent(contact -> mailer.send(contact, "review.reassigned",
                    event.panelTitle().in(contact.locale()), reviewer.subjects(), deadline(event.deadline(), event.zone(), contact.locale()),
                    zone(event.deadline(), event.zone(), contact.locale()), mailer.link(event.path())));
        }
    }

    /** The message puts the zone in brackets after the deadline: the two as {@link MailTimes#inZone} writes them. */
    private static String deadline(Instant deadline, String zone, Locale locale) {
        return deadline == null ? "" : MailTimes.dayAndTime(deadline, ZoneId.of(zone), locale);
    }

    private static String zone(Instant deadline, String zone, Locale locale) {
        return deadline == null ? zone : MailTimes.zone(deadline, ZoneId.of(zone), locale);
    }
}
