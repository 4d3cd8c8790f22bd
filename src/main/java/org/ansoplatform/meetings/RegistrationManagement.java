package org.ansoplatform.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.meetings.registration.LockedMeeting;
import org.ansoplatform.meetings.registration.RegistrationCheck;
import org.ansoplatform.meetings.registration.RegistrationStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.ansoplatform.platform.ConflictException;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.LinkSecrets;
import org.ansoplatform.platform.RateLimits;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, the waiting list and moderation. Every change that allocates places first locks the meeting's
 * row ({@code SELECT ... FOR UPDATE}), so concurrent registrations are served one at a time per meeting, in the
 * order they obtain the lock, which is also their arrival number: exactly {@code capacity} are confirmed, the
 * rest wait in arrival order, and a freed place goes to the first in the queue. A unique partial index refuses
 * a second active registration with the same address even if two requests race.
 */
@Service
@Transactional
public class RegistrationManagement {

    /** The result of registering; {@code token} is the secret of the participant's own link (emailed too). */
    public record Registered(UUID id, RegistrationStatus status, long position, String token) {
    }

    private final RegistrationStore store;
    private final RegistrationQueries queries;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final RateLimits rateLimits;
    private final ParticipantNotices notices;
    private final MeterRegistry meters;

    RegistrationManagement(RegistrationStore store, RegistrationQueries queries, ApplicationEventPublisher events,
            CurrentActor currentActor, Clock clock, RateLimits rateLimits, ParticipantNotices notices, MeterRegistry meters) {
        this.meters = meters;
        this.rateLimits = rateLimits;
        this.notices = notices;
        this.store = store;
        this.queries = queries;
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Registers for a published meeting that accepts registrations. Confirmed while places are free, otherwise
     * on the waiting list; pending the Secretariat's approval when the meeting is moderated.
     */
    public Registered register(UUID meetingId, RegistrationCommand command, UUID personId) {
        Timer.Sample timing = Timer.start(meters);
        Actor actor = currentActor.get();
        // everything that needs no lock is checked first, so the meeting's row is held only for the allocation
        LockedMeeting unlocked = published(store.meeting(meetingId, false));
        ensureOpen(unlocked);
        List<Question> questions = unlocked.questions();
        RegistrationCommand input = RegistrationCheck.check(command, questions, unlocked.kind());
        rateLimits.check(RateLimits.Action.MEETING_REGISTRATION, input.email());
        if (store.activeExists(meetingId, input.email())) {
            throw new ConflictException("email", "meetings.error.alreadyRegistered");
        }
        LockedMeeting meeting = published(store.meeting(meetingId, true));
        ensureOpen(meeting);
        if (!meeting.questions().equals(questions)) {
            // the questions changed in the meantime: check again against those now locked in
            input = RegistrationCheck.check(command, meeting.questions(), meeting.kind());
        }
        RegistrationStatus status = meeting.moderated() ? RegistrationStatus.PENDING
                : meeting.hasPlaceFor(store.count(meetingId, RegistrationStatus.CONFIRMED)) ? RegistrationStatus.CONFIRMED
                : RegistrationStatus.WAITING;
        UUID id = UUID.randomUUID();
        String token = LinkSecrets.newSecret();
        try {
            store.insert(id, meetingId, personId, input, status, LinkSecrets.hash(token), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("email", "meetings.error.alreadyRegistered");
        }
        long position = status == RegistrationStatus.WAITING ? store.count(meetingId, RegistrationStatus.WAITING) : 0;
        events.publishEvent(new RegistrationReceived(id, meetingId, notices.title(meetingId, input.language()),
                input.email(), input.name(), input.language(), status, position, MeetingLinks.registration(token),
                status == RegistrationStatus.CONFIRMED ? meeting.onlineLink() : null,
                notices.schedule(meetingId, input.timeZone()), actor));
        meters.counter("anso.meetings.registrations", "status", status.name()).increment();
        timing.stop(meters.timer("anso.meetings.register"));
        return new Registered(id, status, position, token);
    }

    /** Cancels the registration the secret link names. */
    public RegistrationView cancelWithToken(String token) {
        return cancel(queries.byToken(token).orElseThrow(() -> new NotFoundException("registration")));
    }

    /** Cancels a signed-in person's own registration; anyone else's is answered as unknown. */
    public RegistrationView cancelOwn(UUID registrationId, UUID personId) {
        RegistrationView registration = queries.byId(registrationId)
                .filter(r -> personId != null && personId.equals(r.personId()))
                .orElseThrow(() -> new NotFoundException("registration"));
        return cancel(registration);
    }

    /** The Secretariat cancels a registration. */
    public RegistrationView cancelAsSecretariat(UUID registrationId) {
        return cancel(existing(registrationId));
    }

    private RegistrationView cancel(RegistrationView registration) {
        if (registration.attended()) {
            // attendance is a fact and may carry a certificate: cancelling would erase it
            throw new InvalidInputException(null, "meetings.error.attendedCannotCancel");
        }
        Actor actor = currentActor.get();
        LockedMeeting meeting = lockMeeting(registration.meetingId()).orElseThrow(() -> new NotFoundException("meeting"));
        RegistrationStatus previous = store.lockStatus(registration.id());
        store.setStatus(registration.id(), previous.cancel(), actor.at());
        events.publishEvent(new RegistrationCancelled(registration.id(), meeting.id(), notices.title(meeting.id()), previous, actor));
        notices.tell(registration, ParticipantNotified.Kind.CANCELLED, 0);
        if (previous == RegistrationStatus.CONFIRMED) {
            fillFreePlaces(meeting, actor);
        }
        return queries.byId(registration.id()).orElseThrow();
    }

    /** The Secretariat accepts a pending registration: confirmed if a place is free, otherwise waiting. */
    public RegistrationStatus approve(UUID registrationId) {
        Actor actor = currentActor.get();
        RegistrationView registration = existing(registrationId);
        LockedMeeting meeting = lockMeeting(registration.meetingId()).orElseThrow();
        RegistrationStatus next = store.lockStatus(registrationId)
                .approve(meeting.hasPlaceFor(store.count(meeting.id(), RegistrationStatus.CONFIRMED)));
        // the waiting list keeps the order of arrival, which this registration already has
        store.setStatus(registrationId, next, actor.at());
        // approval is worded as approval, not as a place freed on the waiting list
        notices.tell(registration, next == RegistrationStatus.CONFIRMED ? ParticipantNotified.Kind.APPROVED
                : ParticipantNotified.Kind.APPROVED_WAITING, next == RegistrationStatus.WAITING
                ? queries.byId(registrationId).orElseThrow().position() : 0);
        return next;
    }

    /**
     * The Secretariat approves several pending registrations at once, in order of arrival, so places go to those
     * who registered first; those no longer pending are left as they are. Returns how many were approved.
     */
    public int approveAll(UUID meetingId, java.util.Collection<UUID> registrationIds) {
        List<RegistrationView> pending = queries.ofMeeting(meetingId).stream()
                .filter(r -> registrationIds.contains(r.id()) && r.status() == RegistrationStatus.PENDING)
                .sorted(java.util.Comparator.comparingLong(RegistrationView::arrival))
                .toList();
        pending.forEach(r -> approve(r.id()));
        return pending.size();
    }

    /** The Secretariat refuses a pending registration. */
    public void reject(UUID registrationId) {
        Actor actor = currentActor.get();
        RegistrationView registration = existing(registrationId);
        LockedMeeting meeting = lockMeeting(registration.meetingId()).orElseThrow();
        store.setStatus(registrationId, store.lockStatus(registrationId).reject(), actor.at());
        events.publishEvent(new RegistrationCancelled(registrationId, meeting.id(), notices.title(meeting.id()),
                RegistrationStatus.PENDING, actor));
        notices.tell(registration, ParticipantNotified.Kind.REJECTED, 0);
    }

    /** Gives free places to the waiting list, first come first served. Locks the meeting. */
    void fillFreePlaces(UUID meetingId, Actor actor) {
        fillFreePlaces(lockMeeting(meetingId).orElseThrow(), actor);
    }

    private void fillFreePlaces(LockedMeeting meeting, Actor actor) {
        long free = meeting.freePlaces(store.count(meeting.id(), RegistrationStatus.CONFIRMED));
        if (free <= 0) {
            return;
        }
        for (RegistrationView registration : store.waiting(meeting.id(), Math.min(free, 10_000))) {
            promote(meeting, registration, actor);
        }
    }

    private void promote(LockedMeeting meeting, RegistrationView registration, Actor actor) {
        store.setStatus(registration.id(), RegistrationStatus.CONFIRMED, actor.at());
        String language = store.language(registration.id());
        events.publishEvent(new RegistrationPromoted(registration.id(), meeting.id(), notices.title(meeting.id(), language),
                registration.email(), registration.name(), language, meeting.onlineLink(), MeetingLinks.meeting(meeting.id()),
                notices.schedule(meeting.id(), store.timeZone(registration.id())), actor));
    }

    /** Locks the meeting's row until the end of the transaction. */
    Optional<LockedMeeting> lockMeeting(UUID meetingId) {
        return store.meeting(meetingId, true);
    }

    /** How many are confirmed for the meeting. */
    long confirmed(UUID meetingId) {
        return store.count(meetingId, RegistrationStatus.CONFIRMED);
    }

    private RegistrationView existing(UUID registrationId) {
        return queries.byId(registrationId).orElseThrow(() -> new NotFoundException("registration"));
    }

    private static LockedMeeting published(Optional<LockedMeeting> meeting) {
        return meeting.filter(LockedMeeting::published).orElseThrow(() -> new NotFoundException("meeting"));
    }

    private void ensureOpen(LockedMeeting meeting) {
        Instant now = clock.instant();
        if (!meeting.accepts(now)) {
            throw new InvalidInputException(null, "meetings.error.closed");
        }
    }
}
