package org.ansoplatform.governance.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.ApplicationState;
import org.ansoplatform.governance.ApplicationStep;
import org.ansoplatform.governance.ApplicationView;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Membership applications and the steps of their history. */
@Component
public class MembershipApplicationStore {

    /** Which decision a step records on the application: it endorsed, approved or rejected it. */
    public enum DecisionColumn {
        ENDORSED_BY("endorsed_by"), APPROVED_BY("approved_by"), REJECTED_BY("rejected_by");

        private final String column;

        DecisionColumn(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    MembershipApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an application as it stands (a submitted one, or one the demo records as complete already). */
    public void insert(ApplicationView application) {
        jdbc.sql("""
                        insert into governance.application (id, applicant_id, legal_name, original_name, country, type, website,
                            contact_name, contact_email, motivation, file_ids, state, organization_id, submitted_at, updated_at)
                        values (:id, :applicant, :legalName, :originalName, :country, :type, :website, :contactName,
                            :contactEmail, :motivation, cast(:files as uuid[]), :state, :organization, :at, :at)""")
                .param("id", application.id()).param("applicant", application.applicantId())
                .param("legalName", application.legalName()).param("originalName", application.originalName())
                .param("country", application.country()).param("type", application.type().name())
                .param("website", application.website()).param("contactName", application.contactName())
                .param("contactEmail", application.contactEmail()).param("motivation", application.motivation())
                .param("files", array(application.fileIds())).param("state", application.state().name())
                .param("organization", application.organizationId())
                .param("at", Timestamp.from(application.submittedAt()))
                .update();
    }

    /** Moves the application from the state it was read in; false when it moved meanwhile. */
    public boolean move(UUID id, ApplicationState from, ApplicationState to, Instant at) {
        return jdbc.sql("update governance.application set state = :to, updated_at = :at where id = :id and state = :from")
                .param("to", to.name()).param("at", Timestamp.from(at)).param("id", id).param("from", from.name())
                .update() > 0;
    }

    public void setFiles(UUID id, List<UUID> fileIds) {
        jdbc.sql("update governance.application set file_ids = cast(:files as uuid[]) where id = :id")
                .param("files", array(fileIds)).param("id", id).update();
    }

    public void setOrganization(UUID id, UUID organizationId) {
        jdbc.sql("update governance.application set organization_id = :organization where id = :id")
                .param("organization", organizationId).param("id", id).update();
    }

    public void setDecision(UUID id, DecisionColumn column, UUID decisionId) {
        jdbc.sql("update governance.application set " + column.column + " = :decision where id = :id")
                .param("decision", decisionId).param("id", id).update();
    }

    public void addStep(UUID applicationId, ApplicationStep step) {
        jdbc.sql("""
                        insert into governance.application_step (id, application_id, at, by_person, kind, state, note, decision_id)
                        values (:id, :application, :at, :by, :kind, :state, :note, :decision)""")
                .param("id", UUID.randomUUID()).param("application", applicationId).param("at", Timestamp.from(step.at()))
                .param("by", step.by()).param("kind", step.kind()).param("state", step.state().name())
                .param("note", step.note()).param("decision", step.decisionId())
                .update();
    }

    public Optional<ApplicationView> find(UUID id) {
        return jdbc.sql("select * from governance.application where id = :id").param("id", id)
                .query(MembershipApplicationStore::view).optional();
    }

    public List<ApplicationView> ofApplicant(UUID personId) {
        return jdbc.sql("select * from governance.application where applicant_id = :person order by submitted_at desc")
                .param("person", personId).query(MembershipApplicationStore::view).list();
    }

    /** Every application, or those in one state, oldest first. */
    public List<ApplicationView> list(ApplicationState state) {
        return jdbc.sql("""
                        select * from governance.application where (cast(:state as varchar) is null or state = :state)
                        order by submitted_at, id""")
                .param("state", state == null ? null : state.name()).query(MembershipApplicationStore::view).list();
    }

    /** The directory entries whose application is in one of these states. */
    public List<UUID> organizationsIn(List<ApplicationState> states) {
        return jdbc.sql("""
                        select distinct organization_id from governance.application
                        where organization_id is not null and state in (:states)""")
                .param("states", states.stream().map(Enum::name).toList()).query(UUID.class).list();
    }

    public List<ApplicationStep> history(UUID id) {
        return jdbc.sql("select * from governance.application_step where application_id = :id order by at, kind")
                .param("id", id)
                .query((rs, row) -> new ApplicationStep(Rows.instant(rs, "at"), Rows.uuid(rs, "by_person"),
                        rs.getString("kind"), Rows.enumValue(rs, "state", ApplicationState.class), rs.getString("note"),
                        Rows.uuid(rs, "decision_id")))
                .list();
    }

    /** Whether the file belongs to an application the person may see (staff see every application). */
    public boolean fileVisibleTo(UUID fileId, UUID personId, boolean staff) {
        return jdbc.sql("""
                        select exists (select 1 from governance.application
                                       where :file = any(file_ids) and (:staff or applicant_id = :person))""")
                .param("file", fileId).param("staff", staff).param("person", personId).query(Boolean.class).single();
    }

    /** A PostgreSQL array literal of ids, for {@code cast(:files as uuid[])}. */
    static String array(List<UUID> ids) {
        return ids == null ? "{}" : "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }

    private static ApplicationView view(ResultSet rs, int row) throws SQLException {
        return new ApplicationView(Rows.uuid(rs, "id"), Rows.uuid(rs, "applicant_id"), rs.getString("legal_name"),
                rs.getString("original_name"), rs.getString("country").strip(),
                Rows.enumValue(rs, "type", OrganizationType.class), rs.getString("website"), rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getString("motivation"), Rows.uuids(rs, "file_ids"),
                Rows.enumValue(rs, "state", ApplicationState.class), Rows.uuid(rs, "organization_id"),
                Rows.uuid(rs, "endorsed_by"), Rows.uuid(rs, "approved_by"), Rows.uuid(rs, "rejected_by"),
                Rows.instant(rs, "submitted_at"), Rows.instant(rs, "updated_at"));
    }
}
