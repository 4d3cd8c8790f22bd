package org.ansoplatform.notifications;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.meetings.MeetingInvitations;
import org.ansoplatform.meetings.MeetingSchedule;
import org.ansoplatform.meetings.ParticipantNotified;
import org.ansoplatform.meetings.RegistrationPromoted;
import org.ansoplatform.meetings.RegistrationReceived;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails that meeting registrations call for: confirmed, on the waiting list, awaiting approval,
 * promoted from the waiting list, approved, refused, cancelled, the meeting changed or called off, and the Secretariat's
 * own messages; each states when and where, the hours also in the participant's own zone when it is known. Participants need no account, so the address and language come with the event.
 */
@Component
class MeetingMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final MeetingInvitations invitations;

    MeetingMail(Mailer mailer, MessageSource messages, MeetingInvitations invitations) {
        this.mailer = mailer;
        this.messages = messages;
        this.invitations = invitations;
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
        mailer.send(to, kind, invitation(event.registrationId(), to.locale()), event.meetingTitle(), manage, extra,
                when(event.schedule(), to.locale()));
    }

    @ApplicationModuleListener
    void on(RegistrationPromoted event) {
        Contact to = new Contact(null, event.email(), event.name(), Locale.forLanguageTag(event.language()));
        mailer.send(to, "meetings.promoted", invitation(event.registrationId(), to.locale()), event.meetingTitle(),
                mailer.link(event.path()),
                online(event.onlineLink(), to.locale()), when(event.schedule(), to.locale()));
    }

    @ApplicationModuleListener
    void on(ParticipantNotified event) {
        Contact to = new Contact(null, event.email(), event.name(), Locale.forLanguageTag(event.language()));
        if (event.kind() == ParticipantNotified.Kind.MESSAGE) {
            mailer.sendWritten(to, "meetings.message", event.subject(), event.body());
            return;
        }
        String kind = "meetings." + switch (event.kind()) {
            case APPROVED -> "approved";
            case APPROVED_WAITING -> "approvedWaiting";
            case REJECTED -> "rejected";
            case CANCELLED -> "cancelled";
            case REMINDER -> "reminder";
            case MEETING_CANCELLED -> "meetingCancelled";
            default -> "changed";
        };
        List<Mailer.Attachment> attachments = event.kind() == ParticipantNotified.Kind.APPROVED
                ? invitation(event.registrationId(), to.locale()) : List.of();
        mailer.send(to, kind, attachments, event.meetingTitle(), mailer.link(event.path()),
                online(event.onlineLink(), to.locale()), when(event.schedule(), to.locale()), event.position());
    }

    /**
     * The meeting as {@code invite.ics} when the registration is confirmed, so that mail clients offer to add it
     * to the participant’s calendar; none otherwise (waiting, pending).
     */
    private List<Mailer.Attachment> invitation(UUID registrationId, Locale locale) {
        return invitations.forRegistration(registrationId, locale)
                .map(bytes -> List.of(new Mailer.Attachment(MeetingInvitations.FILENAME, MeetingInvitations.CONTENT_TYPE, bytes)))
                .orElse(List.of());
    }

    /** The date, time and place, written by the platform: "When: ...\nWhere: ...". */
    private Mailer.Written when(MeetingSchedule schedule, Locale locale) {
        if (schedule == null) {
            return new Mailer.Written("");
        }
        String where = schedule.place() != null && schedule.online()
                ? messages.getMessage("mail.meetings.whereHybrid", new Object[] {Mailer.defanged(schedule.place())}, locale)
                : schedule.place() != null ? Mailer.defanged(schedule.place())
                : messages.getMessage("mail.meetings.whereOnline", null, locale);
        String when = schedule.when(locale);
        String theirs = schedule.participantWhen(locale);
        if (theirs != null) {
            // a mail client converts nothing: the participant reads their own time beside the meeting's
            when += "\n" + messages.getMessage(schedule.severalDays() ? "mail.meetings.yourTimeDaily"
                    : "mail.meetings.yourTime", new Object[] {theirs}, locale);
        }
        return new Mailer.Written(messages.getMessage("mail.meetings.when", new Object[] {when, where}, locale));
    }

    private Mailer.Written online(String link, Locale locale) {
        return new Mailer.Written(link == null || link.isBlank() ? ""
                : messages.getMessage("mail.meetings.onlineLink", new Object[] {link}, locale));
    }
}
