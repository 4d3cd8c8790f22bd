package org.ansoplatform.calls.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.selection.Decision;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Nominations of applications by member organizations; a withdrawn one keeps its row with the time it was withdrawn. */
@Repository
class NominationStore {

    private final JdbcClient jdbc;

    NominationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A submitted application by its reference: its id and its call. */
    record Submitted(UUID applicationId, UUID callId) {
    }

    record Standing(UUID callId, UUID applicationId, String reference) {
    }

    /** A nomination as the delegate's list shows it. */
    record Line(UUID id, UUID callId, String callCode, UUID applicationId, String reference, String applicantName, String country,
            Instant nominatedAt) {
    }

    record Counts(UUID organizationId, long nominated, long eligible, long selected) {
    }

    /** A submitted application by its reference, if its applicant gave this nomination code. */
    Optional<Submitted> submitted(String reference, String code) {
        return jdbc.sql("""
                select id, call_id from calls.application
                where reference = :reference and status = :status and nomination_code = :code""")
                .param("reference", reference).param("status", ApplicationStatus.SUBMITTED.name()).param("code", code)
                .query((rs, n) -> new Submitted(Rows.uuid(rs, "id"), Rows.uuid(rs, "call_id"))).optional();
    }

    /** The application's nomination code, given {@code code} first if it has none yet. */
    String code(UUID applicationId, String code) {
        jdbc.sql("update calls.application set nomination_code = :code where id = :id and nomination_code is null")
                .param("code", code).param("id", applicationId).update();
        return jdbc.sql("select nomination_code from calls.application where id = :id").param("id", applicationId)
                .query(String.class).single();
    }

    boolean nominated(UUID applicationId) {
        return jdbc.sql("select count(*) from calls.nomination where application_id = :application and withdrawn_at is null")
                .param("application", applicationId).query(Integer.class).single() > 0;
    }

    int used(UUID callId, UUID organizationId) {
        return jdbc.sql("""
                select count(*) from calls.nomination where call_id = :call and organization_id = :organization and withdrawn_at is null""")
                .param("call", callId).param("organization", organizationId).query(Integer.class).single();
    }

    void insert(UUID id, UUID callId, UUID applicationId, UUID organizationId, UUID by, Instant now) {
        jdbc.sql("""
                insert into calls.nomination (id, call_id, application_id, organization_id, nominated_by, nominated_at)
                values (:id, :call, :application, :organization, :by, :now)""")
                .param("id", id).param("call", callId).param("application", applicationId).param("organization", organizationId)
                .param("by", by).param("now", Timestamp.from(now)).update();
    }

    /** The organization's standing nomination, locked until the transaction ends. */
    Optional<Standing> lockStanding(UUID nominationId, UUID organizationId) {
        return jdbc.sql("""
                select n.call_id, n.application_id, a.reference from calls.nomination n join calls.application a on a.id = n.application_id
                where n.id = :id and n.organization_id = :organization and n.withdrawn_at is null for update of n""")
                .param("id", nominationId).param("organization", organizationId)
                .query((rs, number) -> new Standing(Rows.uuid(rs, "call_id"), Rows.uuid(rs, "application_id"), rs.getString("reference")))
                .optional();
    }

    void withdraw(UUID nominationId, Instant now) {
        jdbc.sql("update calls.nomination set withdrawn_at = :now where id = :id").param("now", Timestamp.from(now)).param("id", nominationId)
                .update();
    }

    List<Line> ofOrganization(UUID organizationId) {
        return jdbc.sql("""
                select n.id, n.call_id, c.code, n.application_id, a.reference, a.applicant_name, a.country, n.nominated_at
                from calls.nomination n join calls.application a on a.id = n.application_id join calls.call c on c.id = n.call_id
                where n.organization_id = :organization and n.withdrawn_at is null order by n.nominated_at desc""")
                .param("organization", organizationId)
                .query((rs, number) -> new Line(Rows.uuid(rs, "id"), Rows.uuid(rs, "call_id"), rs.getString("code"),
                        Rows.uuid(rs, "application_id"), rs.getString("reference"), rs.getString("applicant_name"), rs.getString("country"),
                        Rows.instant(rs, "nominated_at")))
                .list();
    }

    /** Per organization: nominated, eligible after screening, selected in the call's latest run. */
    List<Counts> statistics(UUID callId) {
        return jdbc.sql("""
                select n.organization_id, count(*) as nominated,
                    count(*) filter (where coalesce(a.override_eligible, a.eligible)) as eligible,
                    count(*) filter (where exists (select 1 from calls.selection_decision d where d.application_id = a.id
                        and d.outcome = :selected and d.run_id = (select r.id from calls.selection_run r where r.call_id = n.call_id
                            order by r.run_at desc, r.id limit 1))) as selected
                from calls.nomination n join calls.application a on a.id = n.application_id
                where n.call_id = :call and n.withdrawn_at is null group by n.organization_id order by nominated desc""")
                .param("selected", Decision.Outcome.SELECTED.name()).param("call", callId)
                .query((rs, number) -> new Counts(Rows.uuid(rs, "organization_id"), rs.getLong("nominated"), rs.getLong("eligible"),
                        rs.getLong("selected")))
                .list();
    }
}
