package org.ansoplatform.calls.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.ApplicationView.DocumentView;
import org.ansoplatform.calls.ApplicationView.RefereeView;
import org.ansoplatform.calls.ApplicationView.Screening;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Applications with their documents and referees, as the applicant's portal reads and writes them. */
@Repository
class ApplicationStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ApplicationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Creates the draft unless the person already has an application to this call that is not withdrawn
     * (one such application per applicant and call, a partial unique index); returns the id either way. A
     * withdrawn one stays as it is: the new draft is a new application.
     */
    UUID insertDraft(UUID callId, UUID applicantId, String name, String email, String track, Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into calls.application (id, call_id, applicant_id, applicant_name, applicant_email, track_code, status,
                    created_at, updated_at)
                values (:id, :call, :applicant, :name, :email, :track, :status, :now, :now) on conflict do nothing""")
                .param("id", id).param("call", callId).param("applicant", applicantId).param("name", name).param("email", email)
                .param("track", track)
                .param("status", ApplicationStatus.DRAFT.name()).param("now", Timestamp.from(now)).update();
        return inserted == 1 ? id : active(callId, applicantId).orElseThrow();
    }

    /** The person's application to the call that is not withdrawn, if any. */
    Optional<UUID> active(UUID callId, UUID applicantId) {
        return jdbc.sql("select id from calls.application where call_id = :call and applicant_id = :applicant and status <> :withdrawn")
                .param("call", callId).param("applicant", applicantId).param("withdrawn", ApplicationStatus.WITHDRAWN.name())
                .query(UUID.class).optional();
    }

    Optional<ApplicationView> find(UUID id) {
        return jdbc.sql("select * from calls.application where id = :id").param("id", id).query(this::map).optional();
    }

    /** What another module may show of applications it links to: reference, applicant and status, one query. */
    record Named(UUID id, String reference, UUID applicantId, String applicantName) {
    }

    List<Named> named(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, reference, applicant_id, applicant_name from calls.application where id in (:ids)")
                .param("ids", ids).query((row, number) -> new Named(Rows.uuid(row, "id"), row.getString("reference"),
                        Rows.uuid(row, "applicant_id"), row.getString("applicant_name"))).list();
    }

    /** Reads the application and locks its row until the transaction ends. */
    Optional<ApplicationView> lock(UUID id) {
        return jdbc.sql("select * from calls.application where id = :id for update").param("id", id).query(this::map).optional();
    }

    List<ApplicationView> ofApplicant(UUID applicantId) {
        return jdbc.sql("select * from calls.application where applicant_id = :applicant order by created_at desc")
                .param("applicant", applicantId).query(this::map).list();
    }

    void saveAnswers(UUID id, Map<String, Object> answers, String trackCode, String country, List<String> hostChoices, Instant now) {
        jdbc.sql("""
                update calls.application set answers = :answers::jsonb, track_code = :track, country = :country,
                    host_choices = :hosts::jsonb, updated_at = :now, version = version + 1 where id = :id""")
                .param("answers", json.writeValueAsString(answers)).param("track", trackCode).param("country", country)
                .param("hosts", json.writeValueAsString(hostChoices)).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void saveDocument(UUID id, DocumentView document) {
        jdbc.sql("""
                insert into calls.application_document (application_id, document_type, file_id, file_name, size_bytes, content_type, uploaded_at)
                values (:id, :type, :file, :name, :size, :contentType, :at)
                on conflict (application_id, document_type) do update set file_id = excluded.file_id, file_name = excluded.file_name,
                    size_bytes = excluded.size_bytes, content_type = excluded.content_type, uploaded_at = excluded.uploaded_at""")
                .param("id", id).param("type", document.type()).param("file", document.fileId()).param("name", document.fileName())
                .param("size", document.sizeBytes()).param("contentType", document.contentType())
                .param("at", Timestamp.from(document.uploadedAt())).update();
        jdbc.sql("update calls.application set updated_at = :at, version = version + 1 where id = :id")
                .param("at", Timestamp.from(document.uploadedAt())).param("id", id).update();
    }

    void submit(UUID id, String reference, String key, Map<String, Object> snapshot, Screening screening, Instant now) {
        jdbc.sql("""
                update calls.application set status = :status, reference = :reference, submission_key = :key, submitted = :snapshot::jsonb,
                    submitted_at = :now, updated_at = :now, version = version + 1, eligible = :eligible, eligibility = :failures::jsonb,
                    evaluated_at = :evaluatedAt
                where id = :id""")
                .param("status", ApplicationStatus.SUBMITTED.name()).param("reference", reference).param("key", key)
                .param("snapshot", json.writeValueAsString(snapshot)).param("now", Timestamp.from(now))
                .param("eligible", screening.eligible()).param("failures", json.writeValueAsString(screening.failures()))
                .param("evaluatedAt", Timestamp.from(screening.evaluatedAt())).param("id", id).update();
    }

    void screen(UUID id, boolean eligible, List<Screening.Failure> failures, Instant now) {
        jdbc.sql("update calls.application set eligible = :eligible, eligibility = :failures::jsonb, evaluated_at = :now where id = :id")
                .param("eligible", eligible).param("failures", json.writeValueAsString(failures)).param("now", Timestamp.from(now))
                .param("id", id).update();
    }

    void override(UUID id, boolean eligible, String reason, String applicantNote, UUID by, Instant now) {
        jdbc.sql("""
                update calls.application set override_eligible = :eligible, override_reason = :reason,
                    override_applicant_note = :note, override_by = :by, override_at = :now where id = :id""")
                .param("eligible", eligible).param("reason", reason).param("note", applicantNote).param("by", by)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void withdraw(UUID id, Instant now) {
        jdbc.sql("""
                update calls.application set status = :status, withdrawn_at = :now, updated_at = :now, version = version + 1
                where id = :id""")
                .param("status", ApplicationStatus.WITHDRAWN.name()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    Map<String, Object> submitted(UUID id) {
        String snapshot = jdbc.sql("select submitted from calls.application where id = :id").param("id", id).query(String.class).single();
        return snapshot == null ? Map.of() : json.readValue(snapshot, new TypeReference<Map<String, Object>>() { });
    }

    List<UUID> submittedIds(UUID callId) {
        return jdbc.sql("select id from calls.application where call_id = :call and status = :status order by submitted_at")
                .param("call", callId).param("status", ApplicationStatus.SUBMITTED.name()).query(UUID.class).list();
    }

    /** The next reference under the call's prefix: numbers count per call, not across calls. */
    String nextReference(String prefix) {
        long number = jdbc.sql("""
                insert into calls.reference_counter (prefix, last_number) values (:prefix, 1)
                on conflict (prefix) do update set last_number = calls.reference_counter.last_number + 1 returning last_number""")
                .param("prefix", prefix).query(Long.class).single();
        return prefix + "-" + String.format("%06d", number);
    }

    /** Back to draft (the call allows it before its deadline): the reference stays for the next submission. */
    void reopen(UUID id, Instant now) {
        jdbc.sql("""
                update calls.application set status = :status, submitted_at = null, submission_key = null, updated_at = :now,
                    version = version + 1 where id = :id""")
                .param("status", ApplicationStatus.DRAFT.name()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    // referees

    void insertReferee(UUID id, UUID applicationId, String name, String email, String institution, String tokenHash,
            Instant expiresAt, Instant now) {
        jdbc.sql("""
                insert into calls.referee (id, application_id, name, email, institution, token_hash, expires_at, invited_at)
                values (:id, :application, :name, :email, :institution, :hash, :expires, :now)""")
                .param("id", id).param("application", applicationId).param("name", name).param("email", email)
                .param("institution", institution).param("hash", tokenHash).param("expires", Timestamp.from(expiresAt))
                .param("now", Timestamp.from(now)).update();
    }

    record RefereeRow(UUID id, UUID applicationId, String name, String email, Instant expiresAt, Instant receivedAt,
            Instant replacedAt, Instant declinedAt) {
    }

    Optional<RefereeRow> refereeByToken(String tokenHash) {
        return jdbc.sql("select * from calls.referee where token_hash = :hash for update").param("hash", tokenHash)
                .query(ApplicationStore::referee).optional();
    }

    Optional<RefereeRow> referee(UUID id) {
        return jdbc.sql("select * from calls.referee where id = :id for update").param("id", id).query(ApplicationStore::referee).optional();
    }

    /** Referees still to answer whose link expires within the window and who were not reminded yet. */
    List<UUID> refereesToRemind(Instant now, Instant until) {
        return jdbc.sql("""
                select id from calls.referee where received_at is null and replaced_at is null and reminded_at is null and declined_at is null
                and token_hash is not null and expires_at > :now and expires_at <= :until""")
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(until)).query(UUID.class).list();
    }

    void letterReceived(UUID refereeId, UUID fileId, Instant now) {
        jdbc.sql("update calls.referee set letter_file_id = :file, received_at = :now, token_hash = null where id = :id")
                .param("file", fileId).param("now", Timestamp.from(now)).param("id", refereeId).update();
    }

    void replaceReferee(UUID refereeId, Instant now) {
        jdbc.sql("update calls.referee set replaced_at = :now, token_hash = null where id = :id").param("now", Timestamp.from(now))
                .param("id", refereeId).update();
    }

    /** The referee declines: the link stays known (so that using it again is told why it fails) but no longer works. */
    void declined(UUID refereeId, String reason, Instant now) {
        jdbc.sql("update calls.referee set declined_at = :now, decline_reason = :reason where id = :id")
                .param("now", Timestamp.from(now)).param("reason", reason).param("id", refereeId).update();
    }

    /** A new link for the same referee (the applicant sends the invitation again); the old one stops working. */
    void renewToken(UUID refereeId, String tokenHash) {
        jdbc.sql("update calls.referee set token_hash = :hash where id = :id").param("hash", tokenHash).param("id", refereeId).update();
    }

    void rotateToken(UUID refereeId, String tokenHash, Instant now) {
        jdbc.sql("update calls.referee set token_hash = :hash, reminded_at = :now where id = :id").param("hash", tokenHash)
                .param("now", Timestamp.from(now)).param("id", refereeId).update();
    }

    Optional<UUID> applicationOfFile(UUID fileId) {
        return jdbc.sql("""
                select application_id from calls.application_document where file_id = :file
                union select application_id from calls.referee where letter_file_id = :file limit 1""")
                .param("file", fileId).query(UUID.class).optional();
    }

    private static RefereeRow referee(ResultSet row, int number) throws SQLException {
        return new RefereeRow(Rows.uuid(row, "id"), Rows.uuid(row, "application_id"), row.getString("name"), row.getString("email"),
                Rows.instant(row, "expires_at"), Rows.instant(row, "received_at"), Rows.instant(row, "replaced_at"),
                Rows.instant(row, "declined_at"));
    }

    private ApplicationView map(ResultSet row, int number) throws SQLException {
        UUID id = Rows.uuid(row, "id");
        List<DocumentView> documents = jdbc.sql("""
                select document_type, file_id, file_name, size_bytes, content_type, uploaded_at
                from calls.application_document where application_id = :id order by uploaded_at""")
                .param("id", id).query((r, n) -> new DocumentView(r.getString("document_type"), Rows.uuid(r, "file_id"),
                        r.getString("file_name"), r.getLong("size_bytes"), r.getString("content_type"), Rows.instant(r, "uploaded_at")))
                .list();
        List<RefereeView> referees = jdbc.sql("""
                select id, name, email, institution, invited_at, received_at, expires_at, declined_at, decline_reason, letter_file_id
                from calls.referee
                where application_id = :id and replaced_at is null order by invited_at""")
                .param("id", id).query((r, n) -> new RefereeView(Rows.uuid(r, "id"), r.getString("name"), r.getString("email"),
                        r.getString("institution"), Rows.instant(r, "invited_at"), Rows.instant(r, "received_at"),
                        Rows.instant(r, "expires_at"), Rows.instant(r, "declined_at"), r.getString("decline_reason"),
                        Rows.uuid(r, "letter_file_id"))).list();
        String failures = row.getString("eligibility");
        Screening screening = new Screening((Boolean) row.getObject("eligible"),
                failures == null ? List.of() : json.readValue(failures, new TypeReference<List<Screening.Failure>>() { }),
                Rows.instant(row, "evaluated_at"), (Boolean) row.getObject("override_eligible"), row.getString("override_reason"),
                row.getString("override_applicant_note"), Rows.instant(row, "override_at"));
        return new ApplicationView(id, Rows.uuid(row, "call_id"), Rows.uuid(row, "applicant_id"),
                row.getString("applicant_name"), row.getString("applicant_email"), Rows.enumValue(row, "status", ApplicationStatus.class),
                row.getString("reference"), row.getString("track_code"), row.getString("country"),
                json.readValue(row.getString("answers"), new TypeReference<Map<String, Object>>() { }),
                json.readValue(row.getString("host_choices"), new TypeReference<List<String>>() { }),
                Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"), Rows.instant(row, "submitted_at"),
                Rows.instant(row, "withdrawn_at"), documents, referees, screening, row.getInt("version"));
    }
}
