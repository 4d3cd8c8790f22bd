package org.ansoplatform.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.ansoplatform.meetings.registration.RegistrationStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes what participants are to be told, one event per participant, inside the transaction that changed it. */
@Component
class ParticipantNotices {

    private final ApplicationEventPublisher events;
    private final MeetingQueries meetings;
    private final RegistrationQueries registrations;
    private final RegistrationStore store;
    private final MeetingStore meetingStore;
    private final MeetingTexts texts;

    ParticipantNotices(ApplicationEventPublisher events, MeetingQueries meetings, RegistrationQueries registrations,
            RegistrationStore store, MeetingStore meetingStore, MeetingTexts texts) {
        this.texts = texts;
        this.events = events;
        this.meetings = meetings;
        this.registrations = registrations;
        this.store = store;
        this.meetingStore = meetingStore;
    }

    /** When and where, as told to a participant in their own zone (null: the meeting's only). */
    MeetingSchedule schedule(UUID meetingId, String participantZone) {
        return MeetingSchedule.of(meetings.byId(meetingId).orElseThrow()).forParticipant(participantZone);
    }

    /** The meeting's title in the site's first language, for the activity log. */
    String title(UUID meetingId) {
        return meetings.byId(meetingId).orElseThrow().title(texts.fallback());
    }

    /** The meeting's title in the participant's language when it has one. */
    String title(UUID meetingId, String language) {
        return meetings.byId(meetingId).orElseThrow().title(Locale.forLanguageTag(language));
    }

    void tell(RegistrationView registration, ParticipantNotified.Kind kind, long position) {
        MeetingView meeting = meetings.byId(registration.meetingId()).orElseThrow();
        String link = kind == ParticipantNotified.Kind.APPROVED || kind == ParticipantNotified.Kind.REMINDER
                ? meetingStore.onlineLink(meeting.id()) : null;
        publish(registration, meeting, kind, link, position, null, null);
    }

    /**
     * Tells every active participant that the date, time, place or online link changed, when one of them did.
     * What participants care about is decided here, so the caller only says what the meeting was before.
     */
    void changed(MeetingView before, String linkBefore) {
        MeetingView after = meetings.byId(before.id()).orElseThrow();
        String link = meetingStore.onlineLink(after.id());
        if (MeetingSchedule.of(before).equals(MeetingSchedule.of(after)) && Objects.equals(linkBefore, link)) {
            return;
        }
        for (RegistrationView r : registrations.ofMeeting(after.id())) {
            if (r.status().active()) {
                publish(r, after, ParticipantNotified.Kind.CHANGED,
                        r.status() == RegistrationStatus.CONFIRMED ? link : null, 0, null, null);
            }
        }
    }

    /** Tells everyone still registered (confirmed, waiting or awaiting approval) that the meeting is called off. */
    void meetingCancelled(UUID meetingId) {
        MeetingView meeting = meetings.byId(meetingId).orElseThrow();
        for (RegistrationView r : registrations.ofMeeting(meetingId)) {
            if (r.status().active()) {
                publish(r, meeting, ParticipantNotified.Kind.MEETING_CANCELLED, null, 0, null, null);
            }
        }
    }

    /** The Secretariat's own message to some participants. */
    int message(MeetingView meeting, List<RegistrationView> recipients, String subject, String body) {
        for (RegistrationView r : recipients) {
            publish(r, meeting, ParticipantNotified.Kind.MESSAGE, null, 0, subject, body);
        }
        return recipients.size();
    }

    private void publish(RegistrationView r, MeetingView meeting, ParticipantNotified.Kind kind, String link,
            long position, String subject, String body) {
        String language = store.language(r.id());
        events.publishEvent(new ParticipantNotified(r.id(), meeting.id(), meeting.title(Locale.forLanguageTag(language)),
                r.email(), r.name(), language, kind, MeetingSchedule.of(meeting).forParticipant(store.timeZone(r.id())),
                link, position, subject, body,
                MeetingLinks.meeting(meeting.id())));
    }
}
