package org.ansoplatform.notifications;

import java.util.Locale;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.partnerships.AgreementAlertDue;
import org.ansoplatform.partnerships.IntroductionNotice;
import org.ansoplatform.platform.DateStyle;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails of partnerships, in the recipient's language with a link to the page: the staff member who owns an
 * agreement hears that it expires soon or that the last day to give notice is near; the sides of an introduction hear
 * of each step that concerns them.
 */
@Component
class PartnershipsMail {

    private final Mailer mailer;
    private final AccountQueries accounts;

    PartnershipsMail(Mailer mailer, AccountQueries accounts) {
        this.mailer = mailer;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(AgreementAlertDue alert) {
        accounts.contact(alert.ownerId()).ifPresent(to -> {
            Locale locale = to.locale();
            String kind = alert.kind() == AgreementAlertDue.Kind.EXPIRY ? "partnerships.agreementExpires" : "partnerships.agreementNotice";
            mailer.send(to, kind, alert.title().in(locale), new Mailer.Written(DateStyle.day(alert.date(), locale)),
                    mailer.link(alert.path()));
        });
    }

    @ApplicationModuleListener
    void on(IntroductionNotice notice) {
        for (java.util.UUID recipient : notice.recipients()) {
            accounts.contact(recipient).ifPresent(to -> mailer.send(to, "partnerships.introduction" + notice.status().name(),
                    notice.technology().in(to.locale()), mailer.link(notice.path())));
        }
    }
}
