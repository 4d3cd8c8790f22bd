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

    record MeetingTitle(UUID id, LocalizedText title, boolean published) {
    }

    record RegistrationTitle(UUID id, UUID meetingId, String name, LocalizedText meetingTitle) {
    }

    private static final String HELD_IN_YEAR = """
            m.published and m.cancelled_at is null and extract(year from m.start_date) = :year""";

    private final JdbcClient jdbc;

    MeetingFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Held> held(int year) {
        return jdbc.sql("select m.id, m.kind from meetings.meeting m where " + HELD_IN_YEAR
                        + " order by m.start_date, m.id")
                .param("year", year)
                .query((rs, row) -> new Held(Rows.uuid(rs, "id"), Rows.enumValue(rs, "kind", MeetingKind.class)))
                .list();
    }

    /** The confirmed registrations of the meetings held in the year. */
    List<Participant> participants(int year) {
        return jdbc.sql("""
                        select r.id, r.country, r.role from meetings.registration r
                        join meetings.meeting m on m.id = r.meeting_id
                        where r.status = :confirmed and
                        """ + HELD_IN_YEAR + " order by r.country, r.arrival")
                .param("confirmed", RegistrationStatus.CONFIRMED.name())
                .param("year", year)
                .query((rs, row) -> new Participant(Rows.uuid(rs, "id"), rs.getString("country").strip(),
                        Rows.enumValue(rs, "role", ParticipantRole.class)))
                .list();
    }

    List<MeetingTitle> meetings(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, cast(title as text) as title, published from meetings.meeting where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new MeetingTitle(Rows.uuid(rs, "id"), MeetingJson.text(rs.getString("title")),
                        rs.getBoolean("published")))
                .list();
    }

    List<RegistrationTitle> registrations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, r.meeting_id, r.name, cast(m.title as text) as title
                        from meetings.registration r join meetings.meeting m on m.id = r.meeting_id
                        where r.id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new RegistrationTitle(Rows.uuid(rs, "id"), Rows.uuid(rs, "meeting_id"),
                        rs.getString("name"), MeetingJson.text(rs.getString("title"))))
                .list();
    }
}
