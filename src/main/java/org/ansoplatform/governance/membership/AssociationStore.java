package org.ansoplatform.governance.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.AssociationState;
import org.ansoplatform.governance.AssociationView;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** ANSO's thematic associations. */
@Component
public class AssociationStore {

    private final JdbcClient jdbc;

    AssociationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the association; a duplicate acronym fails with Spring's {@code DuplicateKeyException}. */
    public void insert(AssociationView association, Instant createdAt) {
        jdbc.sql("""
                        insert into governance.association (id, acronym, name, lead_institution, aims, regions, countries,
                            coordinator, members, state, created_at)
                        values (:id, :acronym, :name, :lead, :aims, :regions, :countries, :coordinator, :members, :state, :at)""")
                .param("id", association.id()).param("acronym", association.acronym()).param("name", association.name())
                .param("lead", association.leadInstitution()).param("aims", association.aims())
                .param("regions", association.regions()).param("countries", association.countries())
                .param("coordinator", association.coordinator()).param("members", association.members())
                .param("state", association.state().name()).param("at", Timestamp.from(createdAt))
                .update();
    }

    public void approve(UUID id, UUID decisionId) {
        jdbc.sql("update governance.association set state = :state, approved_by = :decision where id = :id")
                .param("state", AssociationState.APPROVED.name()).param("decision", decisionId).param("id", id).update();
    }

    public Optional<AssociationView> find(UUID id) {
        return jdbc.sql("select * from governance.association where id = :id").param("id", id)
                .query(AssociationStore::view).optional();
    }

    public List<AssociationView> list() {
        return jdbc.sql("select * from governance.association order by state, acronym").query(AssociationStore::view).list();
    }

    public boolean exists(String acronym) {
        return jdbc.sql("select exists (select 1 from governance.association where acronym = :acronym)")
                .param("acronym", acronym).query(Boolean.class).single();
    }

    private static AssociationView view(ResultSet rs, int row) throws SQLException {
        return new AssociationView(Rows.uuid(rs, "id"), rs.getString("acronym"), rs.getString("name"),
                rs.getString("lead_institution"), rs.getString("aims"), rs.getString("regions"), rs.getString("countries"),
                rs.getString("coordinator"), rs.getString("members"), Rows.enumValue(rs, "state", AssociationState.class),
                Rows.uuid(rs, "approved_by"));
    }
}
