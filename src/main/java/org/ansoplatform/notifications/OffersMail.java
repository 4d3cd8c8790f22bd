package org.ansoplatform.notifications;

import java.text.NumberFormat;
import java.util.Locale;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.calls.ApplicantNotSelected;
import org.ansoplatform.calls.ApplicantWaitlisted;
import org.ansoplatform.calls.OfferAnswered;
import org.ansoplatform.calls.OfferMade;
import org.ansoplatform.shared.Money;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails of the selection's outcomes: the offer with its letter (also from the waitlist), a place on the
 * waitlist, not selected, and each answer, expiry and enrolment.
 */
@Component
class OffersMail {

    private final Mailer mailer;
    private final AccountQueries accounts;

    OffersMail(Mailer mailer, AccountQueries accounts) {
        this.mailer = mailer;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(OfferMade event) {
        if (event.granted() != null) {
            award(event);
            return;
        }
        accounts.contact(event.applicantId()).ifPresent(contact -> mailer.send(contact,
                event.fromWaitlist() ? "calls.offerFromWaitlist" : "calls.offer", event.reference(),
                event.callTitle().in(contact.locale()), event.trackName().in(contact.locale()), event.hostName().in(contact.locale()),
                MailTimes.inZone(event.respondBy(), event.zone(), contact.locale()),
                mailer.link(event.letterPath()), mailer.link(event.offerPath())));
    }

    /** An award of a call that awards projects: the amount granted for the proposal, with no host. */
    private void award(OfferMade event) {
        accounts.contact(event.applicantId()).ifPresent(contact -> mailer.send(contact,
                event.fromWaitlist() ? "calls.awardFromWaitlist" : "calls.award", event.reference(),
                event.callTitle().in(contact.locale()), event.trackName().in(contact.locale()), money(event.granted(), contact.locale()),
                event.proposalTitle() == null ? event.reference() : event.proposalTitle(),
                MailTimes.inZone(event.respondBy(), event.zone(), contact.locale()),
                mailer.link(event.letterPath()), mailer.link(event.offerPath())));
    }

    static String money(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(money.amount()) + " " + money.currency();
    }

    @ApplicationModuleListener
    void on(ApplicantWaitlisted event) {
        accounts.contact(event.applicantId()).ifPresent(contact -> mailer.send(contact, "calls.waitlisted", event.reference(),
                event.callTitle().in(contact.locale()), event.trackName().in(contact.locale()), event.position(),
                mailer.link(event.path())));
    }

    @ApplicationModuleListener
    void on(ApplicantNotSelected event) {
        accounts.contact(event.applicantId()).ifPresent(contact -> mailer.send(contact, "calls.notSelected", event.reference(),
                event.callTitle().in(contact.locale()), event.trackName().in(contact.locale()), mailer.link(event.path())));
    }

    @ApplicationModuleListener
    void on(OfferAnswered event) {
        String kind = switch (event.outcome()) {
            case ACCEPTED -> "calls.offerAccepted";
            case DECLINED -> "calls.offerDeclined";
            case EXPIRED -> "calls.offerExpired";
            case ENROLLED -> "calls.offerEnrolled";
        };
        accounts.contact(event.applicantId()).ifPresent(contact -> mailer.send(contact, kind, event.reference(),
                event.callTitle().in(contact.locale()), mailer.link(event.path())));
    }
}
