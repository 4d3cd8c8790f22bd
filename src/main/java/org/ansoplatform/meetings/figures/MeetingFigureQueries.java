package org.ansoplatform.meetings.figures;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.meetings.MeetingJson;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.meetings.RegistrationStatus;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the figures count and their links show. A meeting is counted in the year it starts, as the statistics page
 * counts it, when it is published and not cancelled.
 */
@Service
@Transactional(readOnly = true)
class MeetingFigureQueries {

    record Held(UUID id, MeetingKind kind) {
    }

    record Participant(UUID id, String country, ParticipantRole role) {
    }

    /**
     * A meeting as a list shows it: its first day, where it was (venue or city, and the country's code) and who
     * organized it, and whether it is illustrative demo data.
     */
    record MeetingTitle(UUID id, LocalizedText title, boolean published, java.time.LocalDate startDate, String place,
            String country, String organizers, boolean illustrative) {
    }

    record RegistrationTitle(UUID id, UUID meetingId, String name, LocalizedText meetingTitle, boolean illustrative) {
    }

    /**
     * Which meetings a figure counts: those of a year, of one meeting (whatever its year) or of a programme's meetings
     * in a year; a null narrows nothing.
     */
    record Filter(Integer year, UUID meeting, String programme) {

        static Filter ofYear(int year) {
            return new Filter(year, null, null);
        }
    }

    private static final String HELD = """
            m.published and m.cancelled_at is null
            and (cast(:year as integer) is null or extract(year from m.start_date) = :year)
            and (cast(:meeting as uuid) is null or m.id = :meeting)
            and (cast(:programme as varchar) is null or m.programme_code = :programme)""";

    private final JdbcClient jdbc;

    MeetingFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Held> held(Filter filter) {
        return jdbc.sql("select m.id, m.kind from meetings.meeting m where " + HELD + " order by m.start_date, m.id")
                .param("year", filter.year()).param("meeting", filter.meeting()).param("programme", filter.programme())
                .query((rs, row) -> new Held(Rows.uuid(rs, "id"), Rows.enumValue(rs, "kind", MeetingKind.class)))
                .list();
    }

    /** The confirmed registrations of the meetings held that the filter keeps. */
    List<Participant> participants(Filter filter) {
        return jdbc.sql("""
                        select r.id, r.country, r.role from meetings.registration r
                        join meetings.meeting m on m.id = r.meeting_id
                        where r.status = :confirmed and
                        """ + HELD + " order by r.country, r.arrival")
                .param("confirmed", RegistrationStatus.CONFIRMED.name())
                .param("year", filter.year()).param("meeting", filter.meeting()).param("programme", filter.programme())
                .query((rs, row) -> new Participant(Rows.uuid(rs, "id"), rs.getString("country").strip(),
                        Rows.enumValue(rs, "role", ParticipantRole.class)))
                .list();
    }

    /** Whether the meeting exists (a scope naming it is known, even when it counts nothing). */
    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from meetings.meeting where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** The meetings a scope may name in the year: those held, by first day. */
    List<MeetingTitle> heldIn(int year) {
        return meetings(held(Filter.ofYear(year)).stream().map(Held::id).toList());
    }

    /** The programmes of the meetings held in the year. */
    List<String> programmes(int year) {
        return jdbc.sql("select distinct m.programme_code from meetings.meeting m where m.programme_code is not null and "
                        + HELD + " order by 1")
                .param("year", year).param("meeting", null).param("programme", null)
                .query(String.class).list();
    }

    List<MeetingTitle> meetings(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id, cast(m.title as text) as title, m.published, m.start_date, coalesce(m.venue, m.city) as place,
                               m.country, m.illustrative,
                               (select string_agg(o.name, ', ' order by o.position) from meetings.organizer o
                                where o.meeting_id = m.id) as organizers
                        from meetings.meeting m where m.id in (:ids) order by m.start_date, m.id""")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new MeetingTitle(Rows.uuid(rs, "id"), MeetingJson.text(rs.getString("title")),
                        rs.getBoolean("published"), Rows.date(rs, "start_date"), rs.getString("place"),
                        rs.getString("country") == null ? null : rs.getString("country").strip(), rs.getString("organizers"),
                        rs.getBoolean("illustrative")))
                .list();
    }

    List<RegistrationTitle> registrations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, r.meeting_id, r.name, cast(m.title as text) as title, r.illustrative
                        from meetings.registration r join meetings.meeting m on m.id = r.meeting_id
                        where r.id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new RegistrationTitle(Rows.uuid(rs, "id"), Rows.uuid(rs, "meeting_id"),
                        rs.getString("name"), MeetingJson.text(rs.getString("title")), rs.getBoolean("illustrative")))
                .list();
    }
}
