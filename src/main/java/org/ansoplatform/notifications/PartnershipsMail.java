package org.ansoplatform.notifications;

import java.util.Locale;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.partnerships.AgreementAlertDue;
import org.ansoplatform.platform.DateStyle;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails of agreements: the staff member who owns an agreement hears, in their language, that it expires soon or
 * that the last day to give notice is near, with a link to the agreement's page.
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
}
