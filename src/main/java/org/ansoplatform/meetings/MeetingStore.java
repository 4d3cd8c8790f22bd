package org.ansoplatform.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue's rows: a meeting (texts and questions as jsonb) with its organizers and themes, and its attachments. */
@Repository
class MeetingStore {

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, MeetingCommand input, Instant at) {
        jdbc.sql("""
                insert into meetings.meeting (id, kind, title, description, questions, start_date, end_date,
                    start_time, end_time, time_zone, mode, venue, city, country, online_link, published, registration_open,
                    registration_closes_at, capacity, moderated, guest_certificates, programme_code, created_at, updated_at)
                values (:id, :kind, cast(:title as jsonb), cast(:description as jsonb), cast(:questions as jsonb), :startDate, :endDate, :startTime,
                    :endTime, :timeZone, :mode, :venue, :city, :country, :onlineLink, :published, :registrationOpen,
                    :closesAt, :capacity, :moderated, :guestCertificates, :programme, :at, :at)""")
                .paramSource(params(id, input, at))
                .update();
        writeChildren(id, input);
    }

    void update(UUID id, MeetingCommand input, Instant at) {
        jdbc.sql("""
                update meetings.meeting set kind = :kind, title = cast(:title as jsonb), description = cast(:description as jsonb),
                    questions = cast(:questions as jsonb), start_date = :startDate, end_date = :endDate, start_time = :startTime,
                    end_time = :endTime, time_zone = :timeZone, mode = :mode, venue = :venue, city = :city,
                    country = :country, online_link = :onlineLink, published = :published,
                    registration_open = :registrationOpen, registration_closes_at = :closesAt, capacity = :capacity,
                    moderated = :moderated, guest_certificates = :guestCertificates, programme_code = :programme, updated_at = :at,
                    sequence = sequence + case when (start_date, end_date, start_time, end_time, time_zone, mode, venue, city, country)
                        is distinct from (:startDate, :endDate, cast(:startTime as time), cast(:endTime as time), :timeZone, :mode,
                        cast(:venue as varchar), cast(:city as varchar), cast(:country as char(2))) then 1 else 0 end,
                    rescheduled_from = case when :startDate = coalesce(rescheduled_from, start_date) then null
                        when start_date <> :startDate then coalesce(rescheduled_from, start_date)
                        else rescheduled_from end,
                    moved_online = case when :mode <> 'ONLINE' then false when mode <> 'ONLINE' then true else moved_online end
                where id = :id""")
                .paramSource(params(id, input, at))
                .update();
        jdbc.sql("delete from meetings.organizer where meeting_id = :id").param("id", id).update();
        jdbc.sql("delete from meetings.theme where meeting_id = :id").param("id", id).update();
        writeChildren(id, input);
    }

    void attach(UUID meetingId, UUID fileId, String name, Instant at) {
        jdbc.sql("""
                insert into meetings.attachment (meeting_id, file_id, name, added_at) values (:meeting, :file, :name, :at)
                on conflict do nothing""")
                .param("meeting", meetingId).param("file", fileId).param("name", name).param("at", Timestamp.from(at))
                .update();
        jdbc.sql("update meetings.meeting set updated_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", meetingId).update();
    }

    /** Marks the meeting cancelled and closes its registration; false when it already was. */
    boolean cancel(UUID id, Instant at) {
        return jdbc.sql("""
                update meetings.meeting set cancelled_at = :at, registration_open = false, updated_at = :at,
                    sequence = sequence + 1
                where id = :id and cancelled_at is null""")
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    boolean deleteUnregistered(UUID id) {
        return jdbc.sql("""
                delete from meetings.meeting m where m.id = :id
                and not exists (select 1 from meetings.registration r where r.meeting_id = m.id)""")
                .param("id", id).update() == 1;
    }

    String onlineLink(UUID meetingId) {
        return jdbc.sql("select online_link from meetings.meeting where id = :id").param("id", meetingId)
                .query(String.class).optional().orElse(null);
    }

    boolean isPublicAttachment(UUID fileId) {
        return jdbc.sql("""
                select exists (select 1 from meetings.attachment a join meetings.meeting m on m.id = a.meeting_id
                               where a.file_id = :file and m.published)""")
                .param("file", fileId).query(Boolean.class).single();
    }

    private void writeChildren(UUID id, MeetingCommand input) {
        int position = 0;
        for (Organizer organizer : input.organizers()) {
            jdbc.sql("""
                    insert into meetings.organizer (meeting_id, position, organization_id, name, ror_id)
                    values (:meeting, :position, :organization, :name, :ror)""")
                    .param("meeting", id).param("position", position++).param("organization", organizer.organizationId())
                    .param("name", organizer.name()).param("ror", organizer.rorId()).update();
        }
        for (Integer sdg : new LinkedHashSet<>(input.themes())) {
            jdbc.sql("insert into meetings.theme (meeting_id, sdg) values (:meeting, :sdg)")
                    .param("meeting", id).param("sdg", sdg).update();
        }
    }

    private static MapSqlParameterSource params(UUID id, MeetingCommand c, Instant at) {
        return new MapSqlParameterSource()
                .addValue("id", id).addValue("kind", c.kind().name()).addValue("title", MeetingJson.write(c.title()))
                .addValue("description", MeetingJson.write(c.description()))
                .addValue("questions", MeetingJson.write(c.questions())).addValue("startDate", c.startDate())
                .addValue("endDate", c.endDate()).addValue("startTime", c.startTime())
                .addValue("endTime", c.endTime()).addValue("timeZone", c.timeZone()).addValue("mode", c.mode().name())
                .addValue("venue", c.venue()).addValue("city", c.city()).addValue("country", c.country())
                .addValue("onlineLink", c.onlineLink()).addValue("published", c.published())
                .addValue("registrationOpen", c.registrationOpen())
                .addValue("closesAt", c.registrationClosesAt() == null ? null : Timestamp.from(c.registrationClosesAt()))
                .addValue("capacity", c.capacity()).addValue("moderated", c.moderated())
                .addValue("guestCertificates", c.guestCertificates()).addValue("programme", c.programmeCode())
                .addValue("at", Timestamp.from(at));
    }
}
