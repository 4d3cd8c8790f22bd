package org.ansoplatform.organizations;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the directory writes besides the organization's row (its repository): the status history, and the name check. */
@Repository
class OrganizationStore {

    private final JdbcClient jdbc;

    OrganizationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether an organization other than {@code except} (may be null) already has this name, in any case. */
    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("""
                        select exists (select 1 from organizations.organization
                                       where lower(name) = lower(:name) and (cast(:except as uuid) is null or id <> :except))""")
                .param("name", name.strip())
                .param("except", except)
                .query(Boolean.class)
                .single();
    }

    /** Appends to the status history, which is never edited. */
    void appendStatus(UUID organizationId, OrganizationStatus status, LocalDate since, Actor actor, String basis) {
        jdbc.sql("""
                        insert into organizations.status_change (id, organization_id, status, since, recorded_at, recorded_by, basis)
                        values (:id, :organization, :status, :since, :recordedAt, :recordedBy, :basis)""")
                .param("id", UUID.randomUUID())
                .param("organization", organizationId)
                .param("status", status.name())
                .param("since", since)
                .param("recordedAt", Timestamp.from(actor.at()))
                .param("recordedBy", actor.personId())
                .param("basis", basis)
                .update();
    }
}
