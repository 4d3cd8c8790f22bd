package org.ansoplatform.notifications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.EmailVerificationRequested;
import org.ansoplatform.accounts.PasswordChanged;
import org.ansoplatform.accounts.PasswordResetRequested;
import org.ansoplatform.accounts.PersonInvited;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The emails that accounts' events call for. Each runs after the account change has committed. */
@Component
class AccountMail {

    private final Mailer mailer;
    private final AccountQueries accounts;

    AccountMail(Mailer mailer, AccountQueries accounts) {
        this.mailer = mailer;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(EmailVerificationRequested event) {
        send(event.personId(), "verify", mailer.link("/verify?token=" + encode(event.token())));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        send(event.personId(), "reset", mailer.link("/password/reset?token=" + encode(event.token())));
    }

    @ApplicationModuleListener
    void on(PersonInvited event) {
        send(event.personId(), "invitation", mailer.link("/invitation?token=" + encode(event.token())));
    }

    @ApplicationModuleListener
    void on(PasswordChanged event) {
        send(event.personId(), "passwordChanged", mailer.link("/password/forgot"));
    }

    private void send(UUID personId, String kind, String link) {
        accounts.contact(personId).ifPresent(contact -> mailer.send(contact, kind, link));
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
