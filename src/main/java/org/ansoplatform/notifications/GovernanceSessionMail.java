package org.ansoplatform.notifications;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.PollNotice;
import org.ansoplatform.governance.SessionNotice;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails of sessions and votes: delegates hear that a poll opened (with its deadline), that it closes soon while
 * their organization has not voted, and that its result was published; a body's members hear that it was convened,
 * when (in the session's zone with its UTC offset), how and where. Each in the reader's language, kept under Messages.
 */
@Component
class GovernanceSessionMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final AccountQueries accounts;

    GovernanceSessionMail(Mailer mailer, MessageSource messages, AccountQueries accounts) {
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(PollNotice notice) {
        String kind = "governance.poll." + notice.kind().name();
        for (Contact to : contacts(notice.recipients())) {
            Locale locale = to.locale();
            String line = notice.kind() == PollNotice.Kind.PUBLISHED ? result(notice, locale)
                    : notice.deadline() == null ? text("mail.governance.poll.noDeadline", locale)
                    : text("mail.governance.poll.deadline", locale,
                            MailTimes.inZone(notice.deadline(), ZoneId.of(notice.zone()), locale));
            mailer.send(to, kind, notice.title(), bodyName(notice.body(), locale),
                    written(notice.election() ? "mail.governance.poll.election" : "mail.governance.poll.motion", locale),
                    notice.sessionTitle() == null ? new Mailer.Written("")
                            : written("mail.governance.poll.session", locale, Mailer.defanged(notice.sessionTitle())),
                    new Mailer.Written(line), mailer.link(notice.path()));
        }
    }

    @ApplicationModuleListener
    void on(SessionNotice notice) {
        List<UUID> people = notice.recipients();
        if (notice.body() == Body.BOARD) {
            people = new java.util.ArrayList<>(people);
            people.addAll(holders(Role.BOARD_MEMBER));
        }
        ZoneId zone = ZoneId.of(notice.zone());
        for (Contact to : contacts(people)) {
            Locale locale = to.locale();
            String when = MailTimes.inZone(notice.startsAt().atZone(zone).toInstant(), zone, locale);
            mailer.send(to, notice.rescheduled() ? "governance.sessionMoved" : "governance.session", bodyName(notice.body(), locale), notice.title(), new Mailer.Written(when),
                    written("governance.mode." + notice.mode().name(), locale),
                    notice.location() == null ? new Mailer.Written("—") : notice.location(), mailer.link(notice.path()));
        }
    }

    private String result(PollNotice notice, Locale locale) {
        String key = notice.adopted() == null ? "mail.governance.poll.elected"
                : notice.adopted() ? "mail.governance.poll.adopted" : "mail.governance.poll.notAdopted";
        return text(key, locale);
    }

    /** Each person once, in the order given, with the contact (address, name, language) accounts keeps. */
    private List<Contact> contacts(List<UUID> people) {
        Map<UUID, Contact> contacts = new LinkedHashMap<>();
        people.stream().distinct().forEach(id -> accounts.contact(id).ifPresent(c -> contacts.put(id, c)));
        return List.copyOf(contacts.values());
    }

    private List<UUID> holders(Role role) {
        return accounts.activeHolders(role).stream().map(AccountQueries.Contact::personId).toList();
    }

    private Mailer.Written bodyName(Body body, Locale locale) {
        return written("governance.body." + body.name(), locale);
    }

    private Mailer.Written written(String key, Locale locale, Object... arguments) {
        return new Mailer.Written(text(key, locale, arguments));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }
}
