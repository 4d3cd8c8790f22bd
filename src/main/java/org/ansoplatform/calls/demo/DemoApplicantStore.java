package org.ansoplatform.calls.demo;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView.DocumentView;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Synthetic applications written in batches (thousands at the seeds' scale): one batched statement per table
 * and batch, the same rows a submission would write. Load-test drafts are found again by their email domain.
 */
@Repository
class DemoApplicantStore {

    private static final String LOAD_EMAILS = "load-applicant-%";

    private final NamedParameterJdbcTemplate jdbc;

    DemoApplicantStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An application row as a submission (or, for a draft, the autosave) leaves it; JSON columns as text. */
    record ApplicationRow(UUID id, UUID callId, UUID applicantId, String name, String email, ApplicationStatus status, String reference,
            String track, String country, String answers, String hostChoices, Instant createdAt, Instant updatedAt, Instant submittedAt,
            String snapshot, String failures, Boolean eligible, Instant evaluatedAt) {
    }

    record RefereeRow(UUID id, UUID applicationId, String name, String email, String institution, String tokenHash, Instant expiresAt,
            Instant invitedAt, UUID letterFileId, Instant receivedAt) {
    }

    /** An application and one of its documents. */
    record Document(UUID applicationId, DocumentView document) {
    }

    /** A load-test draft: the account it belongs to and its id. */
    record LoadDraft(UUID applicantId, UUID applicationId) {
    }

    int submitted(UUID callId) {
        Integer count = jdbc.queryForObject("select count(*) from calls.application where call_id = :call and status = :status",
                new MapSqlParameterSource("call", callId).addValue("status", ApplicationStatus.SUBMITTED.name()), Integer.class);
        return count == null ? 0 : count;
    }

    /** The load-test accounts that already have an application to the call. */
    Set<UUID> loadApplicants(UUID callId) {
        return new HashSet<>(jdbc.queryForList("""
                select applicant_id from calls.application where call_id = :call and applicant_email like :load""",
                new MapSqlParameterSource("call", callId).addValue("load", LOAD_EMAILS), UUID.class));
    }

    List<LoadDraft> loadDrafts(UUID callId) {
        return jdbc.query("""
                select applicant_id, id from calls.application
                where call_id = :call and applicant_email like :load and status = :draft order by applicant_email""",
                new MapSqlParameterSource("call", callId).addValue("load", LOAD_EMAILS).addValue("draft", ApplicationStatus.DRAFT.name()),
                (rs, n) -> new LoadDraft(Rows.uuid(rs, "applicant_id"), Rows.uuid(rs, "id")));
    }

    /** The next {@code count} reference numbers under the call's prefix, in order (references count per call). */
    List<Long> referenceNumbers(String prefix, int count) {
        Long last = jdbc.queryForObject("""
                insert into calls.reference_counter (prefix, last_number) values (:prefix, :count)
                on conflict (prefix) do update set last_number = calls.reference_counter.last_number + :count
                returning last_number""", new MapSqlParameterSource("prefix", prefix).addValue("count", count), Long.class);
        return java.util.stream.LongStream.rangeClosed(last - count + 1, last).boxed().toList();
    }

    void insert(List<ApplicationRow> applications, List<Document> documents, List<RefereeRow> referees) {
        jdbc.batchUpdate("""
                insert into calls.application (id, call_id, applicant_id, applicant_name, applicant_email, status, reference, track_code,
                    country, answers, host_choices, created_at, updated_at, submitted_at, submitted, eligibility, eligible, evaluated_at)
                values (:id, :call, :applicant, :name, :email, :status, :reference, :track, :country, :answers::jsonb, :hosts::jsonb,
                    :createdAt, :updatedAt, :submittedAt, :snapshot::jsonb, :failures::jsonb, :eligible, :evaluatedAt)
                on conflict do nothing""", applications.stream().map(DemoApplicantStore::parameters).toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("""
                insert into calls.application_document (application_id, document_type, file_id, file_name, size_bytes, content_type, uploaded_at)
                values (:application, :type, :file, :name, :size, :contentType, :uploadedAt) on conflict do nothing""",
                documents.stream().map(DemoApplicantStore::parameters).toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("""
                insert into calls.referee (id, application_id, name, email, institution, token_hash, expires_at, invited_at, letter_file_id,
                    received_at)
                values (:id, :application, :name, :email, :institution, :hash, :expiresAt, :invitedAt, :letter, :receivedAt)
                on conflict do nothing""", referees.stream().map(DemoApplicantStore::parameters).toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource parameters(ApplicationRow row) {
        return new MapSqlParameterSource().addValue("id", row.id(), Types.OTHER).addValue("call", row.callId(), Types.OTHER)
                .addValue("applicant", row.applicantId(), Types.OTHER).addValue("name", row.name(), Types.VARCHAR)
                .addValue("email", row.email(), Types.VARCHAR).addValue("status", row.status().name(), Types.VARCHAR)
                .addValue("reference", row.reference(), Types.VARCHAR).addValue("track", row.track(), Types.VARCHAR)
                .addValue("country", row.country(), Types.CHAR).addValue("answers", row.answers(), Types.VARCHAR)
                .addValue("hosts", row.hostChoices(), Types.VARCHAR).addValue("createdAt", timestamp(row.createdAt()), Types.TIMESTAMP)
                .addValue("updatedAt", timestamp(row.updatedAt()), Types.TIMESTAMP)
                .addValue("submittedAt", timestamp(row.submittedAt()), Types.TIMESTAMP).addValue("snapshot", row.snapshot(), Types.VARCHAR)
                .addValue("failures", row.failures(), Types.VARCHAR).addValue("eligible", row.eligible(), Types.BOOLEAN)
                .addValue("evaluatedAt", timestamp(row.evaluatedAt()), Types.TIMESTAMP);
    }

    private static SqlParameterSource parameters(Document row) {
        DocumentView document = row.document();
        return new MapSqlParameterSource().addValue("application", row.applicationId(), Types.OTHER)
                .addValue("type", document.type(), Types.VARCHAR).addValue("file", document.fileId(), Types.OTHER)
                .addValue("name", document.fileName(), Types.VARCHAR).addValue("size", document.sizeBytes(), Types.BIGINT)
                .addValue("contentType", document.contentType(), Types.VARCHAR)
                .addValue("uploadedAt", timestamp(document.uploadedAt()), Types.TIMESTAMP);
    }

    private static SqlParameterSource parameters(RefereeRow row) {
        return new MapSqlParameterSource().addValue("id", row.id(), Types.OTHER).addValue("application", row.applicationId(), Types.OTHER)
                .addValue("name", row.name(), Types.VARCHAR).addValue("email", row.email(), Types.VARCHAR)
                .addValue("institution", row.institution(), Types.VARCHAR).addValue("hash", row.tokenHash(), Types.CHAR)
                .addValue("expiresAt", timestamp(row.expiresAt()), Types.TIMESTAMP).addValue("invitedAt", timestamp(row.invitedAt()), Types.TIMESTAMP)
                .addValue("letter", row.letterFileId(), Types.OTHER).addValue("receivedAt", timestamp(row.receivedAt()), Types.TIMESTAMP);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
