package org.ansoplatform.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.CountryCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
public class Registrations {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 320;
    public static final int ORGANIZATION_MAX = 300;
    public static final int ANSWER_MAX = 2000;

    /** The result of registering; {@code token} is the secret of the participant's own link (emailed too). */
    public record Registered(UUID id, RegistrationStatus status, long position, String token) {
    }

    /** The meeting's row as locked for allocation. */
    record LockedMeeting(UUID id, String title, boolean published, boolean open, Instant closesAt, Integer capacity,
            boolean moderated, String onlineLink, LocalDate endDate, String timeZone, MeetingKind kind, int questions,
            List<Boolean> required) {
    }

    static final String COLUMNS = """
            r.id, r.meeting_id, r.person_id, r.email, r.name, r.country, r.organization, r.role, r.gender, r.status,
            r.arrival, r.created_at, r.attended, r.attendance_source, r.certificate_code, r.language,
            array(select a.value from jsonb_array_elements_text(r.answers) with ordinality a(value, n) order by n) as answers,
            case when r.status = 'WAITING' then (select count(*) from meetings.registration w
                 where w.meeting_id = r.meeting_id and w.status = 'WAITING' and w.arrival <= r.arrival) else 0 end as position""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;

    Registrations(JdbcClient jdbc, ApplicationEventPublisher events, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Registers for a published meeting that accepts registrations. Confirmed while places are free, otherwise
     * on the waiting list; pending the Secretariat's approval when the meeting is moderated.
     */
    public Registered register(UUID meetingId, RegistrationCommand command, UUID personId) {
        Actor actor = currentActor.get();
        // everything that needs no lock is checked first, so the meeting's row is held only for the allocation
        LockedMeeting unlocked = meeting(meetingId, false).filter(LockedMeeting::published)
                .orElseThrow(() -> new NotFoundException("meeting"));
        ensureOpen(unlocked);
        List<Boolean> required = unlocked.required();
        RegistrationCommand input = check(command, required, unlocked.kind());
        if (activeRegistration(meetingId, input.email())) {
            throw new InvalidInputException("email", "meetings.error.alreadyRegistered");
        }
        LockedMeeting meeting = lockMeeting(meetingId).filter(LockedMeeting::published)
                .orElseThrow(() -> new NotFoundException("meeting"));
        ensureOpen(meeting);
        Instant now = clock.instant();
        if (!meeting.required().equals(required)) {
            // the questions changed in the meantime: check again against those now locked in
            input = check(command, meeting.required(), meeting.kind());
        }
        RegistrationStatus status;
        if (meeting.moderated()) {
            status = RegistrationStatus.PENDING;
        } else if (meeting.capacity() == null || confirmed(meetingId) < meeting.capacity()) {
            status = RegistrationStatus.CONFIRMED;
        } else {
            status = RegistrationStatus.WAITING;
        }
        UUID id = UUID.randomUUID();
        String token = Secrets.token();
        try {
            jdbc.sql("""
                    insert into meetings.registration (id, meeting_id, person_id, email, name, language, country, organization,
                        role, gender, answers, status, token_hash, created_at, updated_at)
                    values (:id, :meeting, :person, :email, :name, :language, :country, :organization, :role, :gender,
                        cast(:answers as jsonb), :status, :hash, :at, :at)""")
                    .param("id", id).param("meeting", meetingId).param("person", personId)
                    .param("email", input.email()).param("name", input.name()).param("language", input.language())
                    .param("country", input.country()).param("organization", input.organization())
                    .param("role", input.role().name()).param("gender", input.gender() == null ? null : input.gender().name())
                    .param("answers", jsonArray(input.answers())).param("status", status.name())
                    .param("hash", Secrets.hash(token)).param("at", Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("email", "meetings.error.alreadyRegistered");
        }
        long position = status == RegistrationStatus.WAITING ? waiting(meetingId) : 0;
        events.publishEvent(new RegistrationReceived(id, meetingId, meeting.title(), input.email(), input.name(),
                input.language(), status, position,
                token, status == RegistrationStatus.CONFIRMED ? meeting.onlineLink() : null, actor));
        return new Registered(id, status, position, token);
    }

    /** Cancels the registration the secret link names. */
    public RegistrationView cancelWithToken(String token) {
        RegistrationView registration = byToken(token).orElseThrow(() -> new NotFoundException("registration"));
        return cancel(registration);
    }

    /** Cancels a signed-in person's own registration; anyone else's is answered as unknown. */
    public RegistrationView cancelOwn(UUID registrationId, UUID personId) {
        RegistrationView registration = byId(registrationId)
                .filter(r -> personId != null && personId.equals(r.personId()))
                .orElseThrow(() -> new NotFoundException("registration"));
        return cancel(registration);
    }

    /** The Secretariat cancels a registration. */
    public RegistrationView cancelAsSecretariat(UUID registrationId) {
        return cancel(byId(registrationId).orElseThrow(() -> new NotFoundException("registration")));
    }

    private RegistrationView cancel(RegistrationView registration) {
        Actor actor = currentActor.get();
        LockedMeeting meeting = lockMeeting(registration.meetingId()).orElseThrow(() -> new NotFoundException("meeting"));
        RegistrationStatus previous = RegistrationStatus.valueOf(jdbc.sql(
                "select status from meetings.registration where id = ? for update").param(registration.id())
                .query(String.class).single());
        if (!previous.active()) {
            throw new InvalidInputException(null, "meetings.error.notActive");
        }
        jdbc.sql("update meetings.registration set status = 'CANCELLED', updated_at = ? where id = ?")
                .params(Timestamp.from(actor.at()), registration.id()).update();
        events.publishEvent(new RegistrationCancelled(registration.id(), meeting.id(), meeting.title(), previous, actor));
        if (previous == RegistrationStatus.CONFIRMED) {
            fillFreePlaces(meeting, actor);
        }
        return byId(registration.id()).orElseThrow();
    }

    /** The Secretariat accepts a pending registration: confirmed if a place is free, otherwise waiting. */
    public RegistrationStatus approve(UUID registrationId) {
        Actor actor = currentActor.get();
        RegistrationView registration = byId(registrationId).orElseThrow(() -> new NotFoundException("registration"));
        LockedMeeting meeting = lockMeeting(registration.meetingId()).orElseThrow();
        String status = jdbc.sql("select status from meetings.registration where id = ? for update")
                .param(registrationId).query(String.class).single();
        if (!RegistrationStatus.PENDING.name().equals(status)) {
            throw new InvalidInputException(null, "meetings.error.notPending");
        }
        if (meeting.capacity() == null || confirmed(meeting.id()) < meeting.capacity()) {
            promote(meeting, registration, actor);
            return RegistrationStatus.CONFIRMED;
        }
        // the waiting list keeps the order of arrival, which this registration already has
        jdbc.sql("update meetings.registration set status = 'WAITING', updated_at = ? where id = ?")
                .params(Timestamp.from(actor.at()), registrationId).update();
        return RegistrationStatus.WAITING;
    }

    /** The Secretariat refuses a pending registration. */
    public void reject(UUID registrationId) {
        Actor actor = currentActor.get();
        RegistrationView registration = byId(registrationId).orElseThrow(() -> new NotFoundException("registration"));
        LockedMeeting meeting = lockMeeting(registration.meetingId()).orElseThrow();
        int changed = jdbc.sql("update meetings.registration set status = 'REJECTED', updated_at = ? where id = ? and status = 'PENDING'")
                .params(Timestamp.from(actor.at()), registrationId).update();
        if (changed == 0) {
            throw new InvalidInputException(null, "meetings.error.notPending");
        }
        events.publishEvent(new RegistrationCancelled(registrationId, meeting.id(), meeting.title(),
                RegistrationStatus.PENDING, actor));
    }

    /** Gives free places to the waiting list, first come first served. Locks the meeting. */
    void fillFreePlaces(UUID meetingId, Actor actor) {
        fillFreePlaces(lockMeeting(meetingId).orElseThrow(), actor);
    }

    private void fillFreePlaces(LockedMeeting meeting, Actor actor) {
        long free = meeting.capacity() == null ? Long.MAX_VALUE : meeting.capacity() - confirmed(meeting.id());
        if (free <= 0) {
            return;
        }
        List<RegistrationView> next = jdbc.sql("select " + COLUMNS + " " + """
                 from meetings.registration r where r.meeting_id = ? and r.status = 'WAITING'
                 order by r.arrival limit ?""")
                .params(meeting.id(), Math.min(free, 10_000)).query(Registrations::view).list();
        for (RegistrationView registration : next) {
            promote(meeting, registration, actor);
        }
    }

    private void promote(LockedMeeting meeting, RegistrationView registration, Actor actor) {
        jdbc.sql("update meetings.registration set status = 'CONFIRMED', updated_at = ? where id = ?")
                .params(Timestamp.from(actor.at()), registration.id()).update();
        String language = jdbc.sql("select language from meetings.registration where id = ?").param(registration.id())
                .query(String.class).single();
        events.publishEvent(new RegistrationPromoted(registration.id(), meeting.id(), meeting.title(),
                registration.email(), registration.name(), language, meeting.onlineLink(), actor));
    }

    /** Locks the meeting's row until the end of the transaction. */
    Optional<LockedMeeting> lockMeeting(UUID meetingId) {
        return meeting(meetingId, true);
    }

    private Optional<LockedMeeting> meeting(UUID meetingId, boolean lock) {
        return jdbc.sql("""
                select m.id, m.title, m.published, m.registration_open, m.registration_closes_at, m.capacity, m.moderated,
                       m.online_link, m.end_date, m.time_zone, m.kind
                from meetings.meeting m where m.id = ?""" + (lock ? " for update" : ""))
                .param(meetingId)
                .query((rs, row) -> {
                    Timestamp closes = rs.getTimestamp("registration_closes_at");
                    UUID id = rs.getObject("id", UUID.class);
                    return new LockedMeeting(id, rs.getString("title"), rs.getBoolean("published"),
                            rs.getBoolean("registration_open"), closes == null ? null : closes.toInstant(),
                            (Integer) rs.getObject("capacity"), rs.getBoolean("moderated"), rs.getString("online_link"),
                            rs.getObject("end_date", LocalDate.class), rs.getString("time_zone"),
                            MeetingKind.valueOf(rs.getString("kind")), 0, List.of());
                })
                .optional()
                .map(m -> {
                    List<Boolean> required = jdbc.sql("select required from meetings.question where meeting_id = ? order by position")
                            .param(m.id()).query(Boolean.class).list();
                    return new LockedMeeting(m.id(), m.title(), m.published(), m.open(), m.closesAt(), m.capacity(),
                            m.moderated(), m.onlineLink(), m.endDate(), m.timeZone(), m.kind(), required.size(), required);
                });
    }

    private long confirmed(UUID meetingId) {
        return jdbc.sql("select count(*) from meetings.registration where meeting_id = ? and status = 'CONFIRMED'")
                .param(meetingId).query(Long.class).single();
    }

    private long waiting(UUID meetingId) {
        return jdbc.sql("select count(*) from meetings.registration where meeting_id = ? and status = 'WAITING'")
                .param(meetingId).query(Long.class).single();
    }

    private boolean activeRegistration(UUID meetingId, String email) {
        return jdbc.sql("""
                select exists (select 1 from meetings.registration where meeting_id = ? and lower(email) = lower(?)
                               and status in ('PENDING', 'CONFIRMED', 'WAITING'))""")
                .params(meetingId, email).query(Boolean.class).single();
    }

    private void ensureOpen(LockedMeeting meeting) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneId.of(meeting.timeZone())).toLocalDate();
        if (!meeting.open() || (meeting.closesAt() != null && !now.isBefore(meeting.closesAt()))
                || meeting.endDate().isBefore(today)) {
            throw new InvalidInputException(null, "meetings.error.closed");
        }
    }

    private RegistrationCommand check(RegistrationCommand c, List<Boolean> required, MeetingKind kind) {
        List<Violation> violations = new ArrayList<>();
        String name = MeetingManagement.trim(c.name());
        if (name == null) {
            violations.add(new Violation("name", "validation.required"));
        } else if (name.length() > NAME_MAX) {
            violations.add(new Violation("name", "validation.tooLong", NAME_MAX));
        }
        String email = MeetingManagement.trim(c.email());
        if (email == null) {
            violations.add(new Violation("email", "validation.required"));
        } else if (email.length() > EMAIL_MAX || !org.ansoplatform.shared.EmailAddress.isValid(email)) {
            violations.add(new Violation("email", "validation.email"));
        }
        String country = MeetingManagement.trim(c.country());
        if (country == null) {
            violations.add(new Violation("country", "validation.required"));
        } else if (!CountryCode.isValid(country.toUpperCase(Locale.ROOT))) {
            violations.add(new Violation("country", "validation.country"));
        } else {
            country = country.toUpperCase(Locale.ROOT);
        }
        String organization = MeetingManagement.trim(c.organization());
        if (organization != null && organization.length() > ORGANIZATION_MAX) {
            violations.add(new Violation("organization", "validation.tooLong", ORGANIZATION_MAX));
        }
        ParticipantRole role = c.role() != null ? c.role()
                : kind == MeetingKind.TRAINING_COURSE ? ParticipantRole.TRAINEE : ParticipantRole.GUEST;
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            String answer = i < c.answers().size() ? MeetingManagement.trim(c.answers().get(i)) : null;
            if (answer == null && required.get(i)) {
                violations.add(new Violation("answers[" + i + "]", "validation.required"));
            } else if (answer != null && answer.length() > ANSWER_MAX) {
                violations.add(new Violation("answers[" + i + "]", "validation.tooLong", ANSWER_MAX));
            }
            answers.add(answer == null ? "" : answer);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String language = c.language() == null || c.language().isBlank() ? "en" : c.language();
        return new RegistrationCommand(name, email, country, organization, role, c.gender(), answers, language);
    }

    @Transactional(readOnly = true)
    public Optional<RegistrationView> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from meetings.registration r where r.id = ?").param(id)
                .query(Registrations::view).optional();
    }

    @Transactional(readOnly = true)
    public Optional<RegistrationView> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from meetings.registration r where r.token_hash = ?")
                .param(Secrets.hash(token.strip())).query(Registrations::view).optional();
    }

    /** Every registration of a meeting in order of arrival. */
    @Transactional(readOnly = true)
    public List<RegistrationView> ofMeeting(UUID meetingId) {
        return jdbc.sql("select " + COLUMNS + " from meetings.registration r where r.meeting_id = ? order by r.arrival")
                .param(meetingId).query(Registrations::view).list();
    }

    /** A signed-in person's active registration for a meeting, if any. */
    @Transactional(readOnly = true)
    public Optional<RegistrationView> activeOf(UUID meetingId, UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " " + """
                 from meetings.registration r where r.meeting_id = ? and r.person_id = ?
                 and r.status in ('PENDING', 'CONFIRMED', 'WAITING') order by r.arrival desc limit 1""")
                .params(meetingId, personId).query(Registrations::view).optional();
    }

    /** The meeting's online link, for a confirmed registration only. */
    @Transactional(readOnly = true)
    public Optional<String> onlineLink(RegistrationView registration) {
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            return Optional.empty();
        }
        return jdbc.sql("select online_link from meetings.meeting where id = ?").param(registration.meetingId())
                .query(String.class).optional().filter(link -> link != null && !link.isBlank());
    }

    static RegistrationView view(ResultSet rs, int row) throws SQLException {
        Object[] answers = (Object[]) rs.getArray("answers").getArray();
        List<String> list = new ArrayList<>();
        for (Object answer : answers) {
            list.add(answer == null ? "" : answer.toString());
        }
        String gender = rs.getString("gender");
        return new RegistrationView(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getString("email"), rs.getString("name"),
                rs.getString("country").strip(), rs.getString("organization"),
                ParticipantRole.valueOf(rs.getString("role")), gender == null ? null : Gender.valueOf(gender),
                List.copyOf(list), RegistrationStatus.valueOf(rs.getString("status")), rs.getLong("arrival"),
                rs.getLong("position"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("attended"),
                rs.getString("attendance_source"), rs.getString("certificate_code"));
    }

    private static String jsonArray(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"');
            for (char ch : values.get(i).toCharArray()) {
                switch (ch) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (ch < 0x20) {
                            json.append(String.format("\\u%04x", (int) ch));
                        } else {
                            json.append(ch);
                        }
                    }
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }
}
