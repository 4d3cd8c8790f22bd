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
import org.ansoplatform.governance.ScienceField;
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
                            coordinator, members, state, created_at, field, lead_organization_id, member_ids)
                        values (:id, :acronym, :name, :lead, :aims, :regions, :countries, :coordinator, :members, :state, :at,
                            :field, :leadOrganization, :memberIds)""")
                .param("id", association.id()).param("acronym", association.acronym()).param("name", association.name())
                .param("lead", association.leadInstitution()).param("aims", association.aims())
                .param("regions", association.regions()).param("countries", association.countries())
                .param("coordinator", association.coordinator()).param("members", association.members())
                .param("state", association.state().name()).param("at", Timestamp.from(createdAt))
                .param("field", association.field() == null ? null : association.field().name())
                .param("leadOrganization", association.leadOrganizationId())
                .param("memberIds", association.memberIds().toArray(UUID[]::new))
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

    /** The associations matching every given part of the filter: words in acronym, name, aims or lead; a region; state; field. */
    public List<AssociationView> search(String q, String region, AssociationState state, ScienceField field) {
        return jdbc.sql("""
                        select * from governance.association
                        where (cast(:q as varchar) is null or acronym ilike :q or name ilike :q or aims ilike :q
                               or lead_institution ilike :q or coordinator ilike :q)
                          and (cast(:region as varchar) is null or regions ilike :region or countries ilike :region)
                          and (cast(:state as varchar) is null or state = :state)
                          and (cast(:field as varchar) is null or field = :field)
                        order by state, acronym""")
                .param("q", contains(q)).param("region", contains(region))
                .param("state", state == null ? null : state.name()).param("field", field == null ? null : field.name())
                .query(AssociationStore::view).list();
    }

    /** The associations the directory entry leads or belongs to. */
    public List<AssociationView> ofOrganization(UUID organizationId) {
        return jdbc.sql("""
                        select * from governance.association
                        where lead_organization_id = :organization or :organization = any (member_ids)
                        order by acronym""")
                .param("organization", organizationId).query(AssociationStore::view).list();
    }

    /** A LIKE pattern for text anywhere, with the text's own wildcards taken literally. */
    private static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public boolean exists(String acronym) {
        return jdbc.sql("select exists (select 1 from governance.association where acronym = :acronym)")
                .param("acronym", acronym).query(Boolean.class).single();
    }

    private static AssociationView view(ResultSet rs, int row) throws SQLException {
        return new AssociationView(Rows.uuid(rs, "id"), rs.getString("acronym"), rs.getString("name"),
                rs.getString("lead_institution"), rs.getString("aims"), rs.getString("regions"), rs.getString("countries"),
                rs.getString("coordinator"), rs.getString("members"), Rows.enumValue(rs, "state", AssociationState.class),
                Rows.uuid(rs, "approved_by"), Rows.enumValue(rs, "field", ScienceField.class),
                Rows.uuid(rs, "lead_organization_id"), Rows.uuids(rs, "member_ids"));
    }
}
