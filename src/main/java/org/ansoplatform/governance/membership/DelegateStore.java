package org.ansoplatform.governance.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Delegates of member organizations: appointments, ended (never deleted). */
@Component
public class DelegateStore {

    /** An appointment in force, as stored. */
    public record Appointment(UUID id, UUID personId, UUID organizationId, LocalDate since) {
    }

    private final JdbcClient jdbc;

    DelegateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends the person's appointment in force, if any, and appoints them for the organization. */
    public void appoint(UUID id, UUID personId, UUID organizationId, LocalDate today) {
        jdbc.sql("update governance.delegate set until = :today where person_id = :person and until is null")
                .param("today", today).param("person", personId).update();
        jdbc.sql("""
                        insert into governance.delegate (id, person_id, organization_id, since)
                        values (:id, :person, :organization, :since)""")
                .param("id", id).param("person", personId).param("organization", organizationId).param("since", today)
                .update();
    }

    /** Ends an appointment in force; false when there is none with that id. */
    public boolean end(UUID id, LocalDate today) {
        return jdbc.sql("update governance.delegate set until = :today where id = :id and until is null")
                .param("today", today).param("id", id).update() > 0;
    }

    /** The person of an appointment in force. */
    public Optional<UUID> personOf(UUID id) {
        return jdbc.sql("select person_id from governance.delegate where id = :id and until is null")
                .param("id", id).query(UUID.class).optional();
    }

    public Optional<UUID> organizationOf(UUID personId) {
        return jdbc.sql("select organization_id from governance.delegate where person_id = :person and until is null")
                .param("person", personId).query(UUID.class).optional();
    }

    public List<Appointment> current() {
        return jdbc.sql("select id, person_id, organization_id, since from governance.delegate where until is null order by since, id")
                .query((rs, row) -> new Appointment(Rows.uuid(rs, "id"), Rows.uuid(rs, "person_id"),
                        Rows.uuid(rs, "organization_id"), Rows.date(rs, "since")))
                .list();
    }
}
