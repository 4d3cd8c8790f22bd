package org.ansoplatform.notifications;

import java.util.Locale;

import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.meetings.RegistrationPromoted;
import org.ansoplatform.meetings.RegistrationReceived;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails that meeting registrations call for: confirmed, on the waiting list, awaiting approval, and
 * promoted from the waiting list. Participants need no account, so the address and language come with the event.
 */
@Component
class MeetingMail {

    private final Mailer mailer;
    private final MessageSource messages;

    MeetingMail(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(RegistrationReceived event) {
        Contact to = new Contact(null, event.email(), event.name(), Locale.forLanguageTag(event.language()));
        Mailer.Written manage = mailer.link(event.path());
        String kind = "meetings." + event.status().name().toLowerCase(Locale.ROOT);
        Object extra = switch (event.status()) {
            case WAITING -> event.position();
            case CONFIRMED -> online(event.onlineLink(), to.locale());
            default -> "";
        };
        mailer.send(to, kind, event.meetingTitle(), manage, extra);
    }

    @ApplicationModuleListener
    void on(RegistrationPromoted event) {
        Contact to = new Contact(null, event.email(), event.name(), Locale.forLanguageTag(event.language()));
        mailer.send(to, "meetings.promoted", event.meetingTitle(), mailer.link(event.path()),
                online(event.onlineLink(), to.locale()));
    }

    private Mailer.Written online(String link, Locale locale) {
        return new Mailer.Written(link == null || link.isBlank() ? ""
                : messages.getMessage("mail.meetings.onlineLink", new Object[] {link}, locale));
    }
}
