package org.ansoplatform.partnerships.agreements;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.platform.JsonTexts;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agreements' rows as commands write them; reads are {@link AgreementQueries}'. */
@Repository
class AgreementStore {

    private final JdbcClient jdbc;

    AgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, AgreementCommand c, AgreementStatus status, Instant at) {
        jdbc.sql("""
                insert into partnerships.agreement (id, kind, title, scope, alliance_role, status, effective_on, expires_on,
                    notice_days, confidential, owner_id, illustrative, created_at, updated_at)
                values (:id, :kind, cast(:title as jsonb), cast(:scope as jsonb), :role, :status, :effective, :expires,
                    :notice, :confidential, :owner, :illustrative, :at, :at)""")
                .param("id", id).param("kind", c.kind().name()).param("title", JsonTexts.write(c.title()))
                .param("scope", JsonTexts.write(c.scope())).param("role", c.allianceRole().name()).param("status", status.name())
                .param("effective", c.effectiveOn()).param("expires", c.expiresOn()).param("notice", c.noticeDays())
                .param("confidential", c.confidential()).param("owner", c.ownerId()).param("illustrative", c.illustrative())
                .param("at", Timestamp.from(at)).update();
        writeChildren(id, c);
    }

    void update(UUID id, AgreementCommand c, Instant at) {
        jdbc.sql("""
                update partnerships.agreement set kind = :kind, title = cast(:title as jsonb), scope = cast(:scope as jsonb),
                    alliance_role = :role, effective_on = :effective, expires_on = :expires, notice_days = :notice,
                    confidential = :confidential, owner_id = :owner, version = version + 1, updated_at = :at
                where id = :id""")
                .param("id", id).param("kind", c.kind().name()).param("title", JsonTexts.write(c.title()))
                .param("scope", JsonTexts.write(c.scope())).param("role", c.allianceRole().name())
                .param("effective", c.effectiveOn()).param("expires", c.expiresOn()).param("notice", c.noticeDays())
                .param("confidential", c.confidential()).param("owner", c.ownerId()).param("at", Timestamp.from(at)).update();
        jdbc.sql("delete from partnerships.agreement_party where agreement_id = :id").param("id", id).update();
        jdbc.sql("delete from partnerships.agreement_sdg where agreement_id = :id").param("id", id).update();
        writeChildren(id, c);
    }

    /** Locks the agreement's row for a change; false when there is none. */
    boolean lock(UUID id) {
        return jdbc.sql("select id from partnerships.agreement where id = :id for update").param("id", id)
                .query(UUID.class).optional().isPresent();
    }

    void status(UUID id, AgreementStatus status, Instant at) {
        jdbc.sql("update partnerships.agreement set status = :status, version = version + 1, updated_at = :at where id = :id")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("id", id).update();
    }

    void approved(UUID id, LocalDate on, UUID decisionId, LocalDate decidedOn) {
        jdbc.sql("update partnerships.agreement set approved_on = :on, decision_id = :decision, decided_on = :decided where id = :id")
                .param("on", on).param("decision", decisionId).param("decided", decidedOn).param("id", id).update();
    }

    void signed(UUID id, LocalDate on, boolean undated, String signingRef) {
        jdbc.sql("update partnerships.agreement set signed_on = :on, undated = :undated, signing_ref = :ref where id = :id")
                .param("on", on).param("undated", undated).param("ref", signingRef).param("id", id).update();
    }

    void expiry(UUID id, LocalDate expiresOn) {
        jdbc.sql("update partnerships.agreement set expires_on = :expires where id = :id")
                .param("expires", expiresOn).param("id", id).update();
    }

    void origin(UUID id, String originRef) {
        jdbc.sql("update partnerships.agreement set origin_ref = :ref where id = :id").param("ref", originRef).param("id", id).update();
    }

    void step(UUID id, String action, AgreementStatus from, AgreementStatus to, LocalDate on, String reason, Actor actor) {
        jdbc.sql("""
                insert into partnerships.agreement_step (agreement_id, action, from_status, to_status, on_date, reason,
                    by_person, by_name, at)
                values (:id, :action, :from, :to, :on, :reason, :person, :name, :at)""")
                .param("id", id).param("action", action).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("on", on).param("reason", reason == null ? "" : reason)
                .param("person", actor.personId()).param("name", actor.name()).param("at", Timestamp.from(actor.at()))
                .update();
    }

    void attach(UUID id, UUID fileId, String language, String name, Instant at) {
        jdbc.sql("""
                insert into partnerships.agreement_document (agreement_id, file_id, language, name, added_at)
                values (:id, :file, :language, :name, :at) on conflict do nothing""")
                .param("id", id).param("file", fileId).param("language", language).param("name", name)
                .param("at", Timestamp.from(at)).update();
    }

    /** Signed agreements whose effective day has come: made active. */
    List<UUID> dueToActivate(LocalDate today) {
        return jdbc.sql("""
                select id from partnerships.agreement where status = :signed and (effective_on is null or effective_on <= :today)
                order by id for update skip locked""")
                .param("signed", AgreementStatus.SIGNED.name()).param("today", today).query(UUID.class).list();
    }

    /** Agreements in force whose expiry day has passed. */
    List<UUID> dueToExpire(LocalDate today) {
        return jdbc.sql("""
                select id from partnerships.agreement where status in (:inForce) and expires_on < :today
                order by id for update skip locked""")
                .param("inForce", List.of(AgreementStatus.SIGNED.name(), AgreementStatus.ACTIVE.name()))
                .param("today", today).query(UUID.class).list();
    }

    /**
     * Marks the alerts due by {@code until} (expiry, or the last day of notice) of agreements in force that have an
     * owner, and returns them: one statement, so two nodes never alert twice.
     */
    List<Alert> markAlertsDue(LocalDate today, LocalDate until, Instant now) {
        return jdbc.sql("""
                with due as (
                    select a.id, 'EXPIRY' as kind, a.expires_on as for_date from partnerships.agreement a
                    where a.status in (:inForce) and a.owner_id is not null and a.expires_on between :today and :until
                    union all
                    select a.id, 'NOTICE', a.expires_on - a.notice_days from partnerships.agreement a
                    where a.status in (:inForce) and a.owner_id is not null and a.notice_days is not null
                      and a.expires_on - a.notice_days between :today and :until)
                insert into partnerships.agreement_alert (agreement_id, kind, for_date, sent_at)
                select id, kind, for_date, :now from due on conflict do nothing
                returning agreement_id, kind, for_date""")
                .param("inForce", List.of(AgreementStatus.SIGNED.name(), AgreementStatus.ACTIVE.name()))
                .param("today", today).param("until", until).param("now", Timestamp.from(now))
                .query((rs, n) -> new Alert(org.ansoplatform.platform.Rows.uuid(rs, "agreement_id"), rs.getString("kind"),
                        org.ansoplatform.platform.Rows.date(rs, "for_date")))
                .list();
    }

    record Alert(UUID agreementId, String kind, LocalDate forDate) {
    }

    UUID addCommitment(UUID agreementId, LocalizedText description, UUID organizationId, String ownerName, LocalDate dueOn,
            Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into partnerships.commitment (id, agreement_id, position, description, organization_id, owner_name,
                    due_on, created_at)
                values (:id, :agreement, (select coalesce(max(position), -1) + 1 from partnerships.commitment
                                          where agreement_id = :agreement),
                        cast(:description as jsonb), :organization, :owner, :due, :at)""")
                .param("id", id).param("agreement", agreementId).param("description", JsonTexts.write(description))
                .param("organization", organizationId).param("owner", ownerName).param("due", dueOn)
                .param("at", Timestamp.from(at)).update();
        return id;
    }

    boolean commitmentOf(UUID commitmentId, UUID agreementId) {
        return jdbc.sql("select exists (select 1 from partnerships.commitment where id = :id and agreement_id = :agreement)")
                .param("id", commitmentId).param("agreement", agreementId).query(Boolean.class).single();
    }

    boolean removeCommitment(UUID commitmentId) {
        return jdbc.sql("delete from partnerships.commitment where id = :id").param("id", commitmentId).update() == 1;
    }

    boolean link(UUID commitmentId, String recordRef, UUID by, Instant at) {
        return jdbc.sql("""
                insert into partnerships.commitment_link (commitment_id, record_ref, linked_by, linked_at)
                values (:commitment, :ref, :by, :at) on conflict do nothing""")
                .param("commitment", commitmentId).param("ref", recordRef).param("by", by).param("at", Timestamp.from(at))
                .update() == 1;
    }

    boolean unlink(UUID commitmentId, String recordRef) {
        return jdbc.sql("delete from partnerships.commitment_link where commitment_id = :commitment and record_ref = :ref")
                .param("commitment", commitmentId).param("ref", recordRef).update() == 1;
    }

    private void writeChildren(UUID id, AgreementCommand c) {
        int position = 0;
        for (AgreementCommand.Party party : c.parties()) {
            jdbc.sql("""
                    insert into partnerships.agreement_party (agreement_id, organization_id, position, role, signatory_name,
                        signatory_title)
                    values (:id, :organization, :position, :role, :name, :title)""")
                    .param("id", id).param("organization", party.organizationId()).param("position", position++)
                    .param("role", party.role().name()).param("name", party.signatoryName())
                    .param("title", party.signatoryTitle()).update();
        }
        for (Integer sdg : c.sdgs()) {
            jdbc.sql("insert into partnerships.agreement_sdg (agreement_id, sdg) values (:id, :sdg)")
                    .param("id", id).param("sdg", sdg).update();
        }
    }
}
