package org.ansoplatform.governance.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.AgendaItemView;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.governance.SessionView;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sessions of the Board and the Assembly with their agenda, attendance and minutes. */
@Component
public class SessionStore {

    /** Whether an organization attended, as stored. */
    public record Attendance(UUID organizationId, boolean present) {
    }

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SessionView session, Instant createdAt) {
        jdbc.sql("""
                        insert into governance.session (id, body, title, starts_at, zone, mode, location, status, minutes, created_at)
                        values (:id, :body, :title, :startsAt, :zone, :mode, :location, :status, :minutes, :createdAt)""")
                .param("id", session.id()).param("body", session.body().name()).param("title", session.title())
                .param("startsAt", session.startsAt()).param("zone", session.zone()).param("mode", session.mode().name())
                .param("location", session.location()).param("status", session.status().name())
                .param("minutes", session.minutes()).param("createdAt", Timestamp.from(createdAt))
                .update();
    }

    public void reschedule(UUID id, java.time.LocalDateTime startsAt, String zone, SessionMode mode, String location) {
        jdbc.sql("update governance.session set starts_at = :startsAt, zone = :zone, mode = :mode, location = :location where id = :id")
                .param("startsAt", startsAt).param("zone", zone).param("mode", mode.name()).param("location", location)
                .param("id", id).update();
    }

    public void setStatus(UUID id, SessionStatus status) {
        jdbc.sql("update governance.session set status = :status where id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    public void setMinutes(UUID id, String minutes) {
        jdbc.sql("update governance.session set minutes = :minutes where id = :id").param("minutes", minutes)
                .param("id", id).update();
    }

    /** Adds an item at the end of the session's agenda. */
    public void addAgendaItem(UUID id, UUID sessionId, String title, List<UUID> fileIds) {
        jdbc.sql("""
                        insert into governance.agenda_item (id, session_id, position, title, file_ids)
                        values (:id, :session, (select coalesce(max(position), 0) + 1 from governance.agenda_item where session_id = :session),
                                :title, cast(:files as uuid[]))""")
                .param("id", id).param("session", sessionId).param("title", title).param("files", array(fileIds))
                .update();
    }

    public void setAttendance(UUID sessionId, UUID organizationId, boolean present) {
        jdbc.sql("""
                        insert into governance.attendance (session_id, organization_id, present) values (:session, :organization, :present)
                        on conflict (session_id, organization_id) do update set present = excluded.present""")
                .param("session", sessionId).param("organization", organizationId).param("present", present).update();
    }

    public Optional<SessionView> find(UUID id) {
        return jdbc.sql("select * from governance.session where id = :id").param("id", id)
                .query(SessionStore::view).optional();
    }

    public List<SessionView> list() {
        return jdbc.sql("select * from governance.session order by starts_at desc, id").query(SessionStore::view).list();
    }

    public List<AgendaItemView> agenda(UUID sessionId) {
        return jdbc.sql("select * from governance.agenda_item where session_id = :session order by position")
                .param("session", sessionId)
                .query((rs, row) -> new AgendaItemView(Rows.uuid(rs, "id"), rs.getInt("position"), rs.getString("title"),
                        Rows.uuids(rs, "file_ids")))
                .list();
    }

    public List<Attendance> attendance(UUID sessionId) {
        return jdbc.sql("select organization_id, present from governance.attendance where session_id = :session")
                .param("session", sessionId)
                .query((rs, row) -> new Attendance(Rows.uuid(rs, "organization_id"), rs.getBoolean("present"))).list();
    }

    public int present(UUID sessionId) {
        return jdbc.sql("select count(*) from governance.attendance where session_id = :session and present")
                .param("session", sessionId).query(Integer.class).single();
    }

    /** Whether the file is a document of some session's agenda. */
    public boolean isAgendaDocument(UUID fileId) {
        return jdbc.sql("select exists (select 1 from governance.agenda_item where :file = any(file_ids))")
                .param("file", fileId).query(Boolean.class).single();
    }

    /** The bodies whose sessions have the file on their agenda. */
    public java.util.Set<Body> agendaBodies(UUID fileId) {
        return java.util.Set.copyOf(jdbc.sql("""
                        select distinct s.body from governance.agenda_item a join governance.session s on s.id = a.session_id
                        where :file = any(a.file_ids)""")
                .param("file", fileId).query((rs, row) -> Rows.enumValue(rs, "body", Body.class)).list());
    }

    private static String array(List<UUID> ids) {
        return ids == null ? "{}" : "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }

    private static SessionView view(ResultSet rs, int row) throws SQLException {
        return new SessionView(Rows.uuid(rs, "id"), Rows.enumValue(rs, "body", Body.class), rs.getString("title"),
                rs.getObject("starts_at", LocalDateTime.class), rs.getString("zone"),
                Rows.enumValue(rs, "mode", SessionMode.class), rs.getString("location"),
                Rows.enumValue(rs, "status", SessionStatus.class), rs.getString("minutes"));
    }
}
