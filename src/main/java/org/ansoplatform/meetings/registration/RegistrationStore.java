package org.ansoplatform.meetings.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.meetings.Gender;
import org.ansoplatform.meetings.MeetingJson;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.meetings.RegistrationCommand;
import org.ansoplatform.meetings.RegistrationStatus;
import org.ansoplatform.meetings.RegistrationView;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code meetings.registration}, and the meeting's row as registration locks it. Statuses are
 * bound as parameters; the waiting list is ordered by {@code arrival}, drawn under the meeting's lock.
 */
@Repository
public class RegistrationStore {

    /** A registration's columns with its answers in order and its place on the waiting list. */
    public static final String COLUMNS = """
            r.id, r.meeting_id, r.person_id, r.email, r.name, r.country, r.organization, r.role, r.gender, r.status,
            r.arrival, r.created_at, r.attended, r.attendance_source, r.certificate_code, r.language, r.orcid,
            array(select a.value from jsonb_array_elements_text(r.answers) with ordinality a(value, n) order by n) as answers,
            case when r.status = :waiting then (select count(*) from meetings.registration w
                 where w.meeting_id = r.meeting_id and w.status = :waiting and w.arrival <= r.arrival) else 0 end as position""";

    private final JdbcClient jdbc;

    RegistrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meeting as registration sees it, locked until the end of the transaction when asked. */
    public Optional<LockedMeeting> meeting(UUID meetingId, boolean lock) {
        return jdbc.sql("""
                select m.id, m.published, m.registration_open, m.registration_closes_at, m.capacity, m.moderated,
                       m.online_link, m.end_date, m.time_zone, m.kind, m.cancelled_at is not null as cancelled,
                       cast(m.questions as text) as questions
                from meetings.meeting m where m.id = :id""" + (lock ? " for update" : ""))
                .param("id", meetingId)
                .query((rs, row) -> {
                    return new LockedMeeting(Rows.uuid(rs, "id"), rs.getBoolean("published"),
                            rs.getBoolean("registration_open"), Rows.instant(rs, "registration_closes_at"),
                            Rows.integer(rs, "capacity"), rs.getBoolean("moderated"), rs.getString("online_link"),
                            Rows.date(rs, "end_date"), rs.getString("time_zone"),
                            Rows.enumValue(rs, "kind", MeetingKind.class), MeetingJson.questions(rs.getString("questions")), rs.getBoolean("cancelled"));
                })
                .optional();
    }

    /** Adds a registration; a second active one with the same address is refused by a unique index. */
    public void insert(UUID id, UUID meetingId, UUID personId, RegistrationCommand input, RegistrationStatus status,
            String tokenHash, Instant at) {
        jdbc.sql("""
                insert into meetings.registration (id, meeting_id, person_id, email, name, language, country, organization,
                    role, gender, answers, status, token_hash, created_at, updated_at, time_zone, orcid)
                values (:id, :meeting, :person, :email, :name, :language, :country, :organization, :role, :gender,
                    cast(:answers as jsonb), :status, :hash, :at, :at, :zone, :orcid)""")
                .param("id", id).param("meeting", meetingId).param("person", personId)
                .param("email", input.email()).param("name", input.name()).param("language", input.language())
                .param("country", input.country()).param("organization", input.organization())
                .param("role", input.role().name()).param("gender", input.gender() == null ? null : input.gender().name())
                .param("answers", JsonArrays.of(input.answers())).param("status", status.name())
                .param("hash", tokenHash).param("at", Timestamp.from(at)).param("zone", input.timeZone()).param("orcid", input.orcid())
                .update();
    }

    /** The registration's status, its row locked until the end of the transaction. */
    public RegistrationStatus lockStatus(UUID registrationId) {
        return jdbc.sql("select status from meetings.registration where id = :id for update").param("id", registrationId)
                .query((rs, n) -> Rows.enumValue(rs, "status", RegistrationStatus.class)).single();
    }

    public void setStatus(UUID registrationId, RegistrationStatus status, Instant at) {
        jdbc.sql("update meetings.registration set status = :status, updated_at = :at where id = :id")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("id", registrationId).update();
    }

    /** The language the participant's emails are written in. */
    public String language(UUID registrationId) {
        return jdbc.sql("select language from meetings.registration where id = :id").param("id", registrationId)
                .query(String.class).single();
    }

    /** The participant's own time zone as their browser gave it, or null. */
    public String timeZone(UUID registrationId) {
        return jdbc.sql("select time_zone from meetings.registration where id = :id").param("id", registrationId)
                .query(String.class).optional().orElse(null);
    }

    public long count(UUID meetingId, RegistrationStatus status) {
        return jdbc.sql("select count(*) from meetings.registration where meeting_id = :meeting and status = :status")
                .param("meeting", meetingId).param("status", status.name()).query(Long.class).single();
    }

    /** Whether this address already holds an active registration for the meeting. */
    public boolean activeExists(UUID meetingId, String email) {
        return jdbc.sql("""
                select exists (select 1 from meetings.registration where meeting_id = :meeting and lower(email) = lower(:email)
                               and status in (:active))""")
                .param("meeting", meetingId).param("email", email).param("active", RegistrationStatus.activeNames()).query(Boolean.class).single();
    }

    /** The first {@code limit} on the waiting list, in order of arrival. */
    public List<RegistrationView> waiting(UUID meetingId, long limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from meetings.registration r where r.meeting_id = :meeting and r.status = :waiting
                 order by r.arrival limit :limit""")
                .param("meeting", meetingId).param("waiting", RegistrationStatus.WAITING.name()).param("limit", limit)
                .query(RegistrationStore::view).list();
    }

    /**
     * Records attendance (or its withdrawal). A certificate's code, once issued, is kept whatever comes after;
     * {@code certificateCode} is used only when the registration has none yet.
     */
    public void recordAttendance(UUID registrationId, boolean attended, String source, String certificateCode, Instant at) {
        Timestamp now = Timestamp.from(at);
        jdbc.sql("""
                update meetings.registration set attended = :attended, attended_at = :attendedAt, attendance_source = :source,
                    certificate_code = coalesce(certificate_code, :code), updated_at = :at where id = :id""")
                .param("attended", attended).param("attendedAt", attended ? now : null)
                .param("source", attended ? source : null).param("code", certificateCode).param("at", now)
                .param("id", registrationId)
                .update();
    }

    /**
     * Marks as reminded, and returns, the confirmed registrations of published meetings that start between
     * {@code now} and {@code until} (a meeting without hours starts at midnight in its own time zone) and were
     * not reminded yet.
     */
    public List<UUID> markRemindersDue(Instant now, Instant until) {
        return jdbc.sql("""
                update meetings.registration r set reminded_at = :now
                from meetings.meeting m
                where m.id = r.meeting_id and r.status = :confirmed and r.reminded_at is null and m.published
                  and m.cancelled_at is null
                  and ((m.start_date + coalesce(m.start_time, time '00:00')) at time zone m.time_zone) between :now and :until
                returning r.id""")
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(until))
                .param("confirmed", RegistrationStatus.CONFIRMED.name())
                .query((rs, n) -> Rows.uuid(rs, "id")).list();
    }

    public static RegistrationView view(ResultSet rs, int row) throws SQLException {
        List<String> answers = new ArrayList<>();
        for (Object answer : (Object[]) rs.getArray("answers").getArray()) {
            answers.add(answer == null ? "" : answer.toString());
        }
        return new RegistrationView(Rows.uuid(rs, "id"), Rows.uuid(rs, "meeting_id"), Rows.uuid(rs, "person_id"),
                rs.getString("email"), rs.getString("name"), rs.getString("country").strip(), rs.getString("organization"),
                Rows.enumValue(rs, "role", ParticipantRole.class), Rows.enumValue(rs, "gender", Gender.class),
                List.copyOf(answers), Rows.enumValue(rs, "status", RegistrationStatus.class), rs.getLong("arrival"),
                rs.getLong("position"), Rows.instant(rs, "created_at"), rs.getBoolean("attended"),
                rs.getString("attendance_source"), rs.getString("certificate_code"), rs.getString("orcid"));
    }
}
