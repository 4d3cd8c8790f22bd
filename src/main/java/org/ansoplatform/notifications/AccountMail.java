package org.ansoplatform.notifications;

import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.EmailVerificationRequested;
import org.ansoplatform.accounts.PasswordChanged;
import org.ansoplatform.accounts.PasswordResetRequested;
import org.ansoplatform.accounts.PersonInvited;
import org.ansoplatform.accounts.RegistrationRepeated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails that accounts' events call for, each linking to the page the event names. Each runs after the account
 * change has committed.
 */
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
        send(event.personId(), "verify", mailer.link(event.path()));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        send(event.personId(), "reset", mailer.link(event.path()));
    }

    @ApplicationModuleListener
    void on(PersonInvited event) {
        send(event.personId(), "invitation", mailer.link(event.path()));
    }

    @ApplicationModuleListener
    void on(PasswordChanged event) {
        send(event.personId(), "passwordChanged", mailer.link(event.path()));
    }

    @ApplicationModuleListener
    void on(RegistrationRepeated event) {
        send(event.personId(), "alreadyRegistered", mailer.link(event.path()));
    }

    private void send(UUID personId, String kind, Mailer.Written link) {
        accounts.contact(personId).ifPresent(contact -> mailer.send(contact, kind, link));
    }
}
