package org.ansoplatform.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationView.DocumentView;
import org.ansoplatform.calls.ApplicationView.RefereeView;
import org.ansoplatform.calls.ApplicationView.Screening;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ApplicationStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ApplicationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Creates the draft unless the person already has an application to this call; returns the id either way. */
    UUID insertDraft(UUID callId, UUID applicantId, String name, String email, Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into calls.application (id, call_id, applicant_id, applicant_name, applicant_email, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'DRAFT', ?, ?) on conflict (call_id, applicant_id) do nothing""")
                .params(id, callId, applicantId, name, email, Timestamp.from(now), Timestamp.from(now)).update();
        return inserted == 1 ? id : jdbc.sql("select id from calls.application where call_id = ? and applicant_id = ?")
                .params(callId, applicantId).query(UUID.class).single();
    }

    Optional<ApplicationView> find(UUID id) {
        return jdbc.sql("select * from calls.application where id = ?").param(id).query(this::map).optional();
    }

    /** Reads the application and locks its row until the transaction ends. */
    Optional<ApplicationView> lock(UUID id) {
        return jdbc.sql("select * from calls.application where id = ? for update").param(id).query(this::map).optional();
    }

    Optional<ApplicationView> byReference(String reference) {
        return jdbc.sql("select * from calls.application where reference = ?").param(reference).query(this::map).optional();
    }

    List<ApplicationView> ofApplicant(UUID applicantId) {
        return jdbc.sql("select * from calls.application where applicant_id = ? order by created_at desc")
                .param(applicantId).query(this::map).list();
    }

    void saveAnswers(UUID id, Map<String, Object> answers, String trackCode, String country, List<String> hostChoices, Instant now) {
        jdbc.sql("""
                update calls.application set answers = ?::jsonb, track_code = ?, country = ?, host_choices = ?::jsonb,
                    updated_at = ?, version = version + 1 where id = ?""")
                .params(json.writeValueAsString(answers), trackCode, country, json.writeValueAsString(hostChoices),
                        Timestamp.from(now), id).update();
    }

    void saveDocument(UUID id, DocumentView document) {
        jdbc.sql("""
                insert into calls.application_document (application_id, document_type, file_id, file_name, size_bytes, content_type, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (application_id, document_type) do update set file_id = excluded.file_id, file_name = excluded.file_name,
                    size_bytes = excluded.size_bytes, content_type = excluded.content_type, uploaded_at = excluded.uploaded_at""")
                .params(id, document.type(), document.fileId(), document.fileName(), document.sizeBytes(), document.contentType(),
                        Timestamp.from(document.uploadedAt())).update();
        jdbc.sql("update calls.application set updated_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(document.uploadedAt()), id).update();
    }

    void submit(UUID id, String reference, String key, Map<String, Object> snapshot, Screening screening, Instant now) {
        jdbc.sql("""
                update calls.application set status = 'SUBMITTED', reference = ?, submission_key = ?, submitted = ?::jsonb,
                    submitted_at = ?, updated_at = ?, version = version + 1, eligible = ?, eligibility = ?::jsonb, evaluated_at = ?
                where id = ?""")
                .params(reference, key, json.writeValueAsString(snapshot), Timestamp.from(now), Timestamp.from(now),
                        screening.eligible(), json.writeValueAsString(screening.failures()), Timestamp.from(screening.evaluatedAt()), id)
                .update();
    }

    void screen(UUID id, boolean eligible, List<Screening.Failure> failures, Instant now) {
        jdbc.sql("update calls.application set eligible = ?, eligibility = ?::jsonb, evaluated_at = ? where id = ?")
                .params(eligible, json.writeValueAsString(failures), Timestamp.from(now), id).update();
    }

    void override(UUID id, boolean eligible, String reason, UUID by, Instant now) {
        jdbc.sql("update calls.application set override_eligible = ?, override_reason = ?, override_by = ?, override_at = ? where id = ?")
                .params(eligible, reason, by, Timestamp.from(now), id).update();
    }

    void withdraw(UUID id, Instant now) {
        jdbc.sql("update calls.application set status = 'WITHDRAWN', withdrawn_at = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(now), Timestamp.from(now), id).update();
    }

    Map<String, Object> submitted(UUID id) {
        String snapshot = jdbc.sql("select submitted from calls.application where id = ?").param(id).query(String.class).single();
        return snapshot == null ? Map.of() : json.readValue(snapshot, new TypeReference<Map<String, Object>>() { });
    }

    List<UUID> submittedIds(UUID callId) {
        return jdbc.sql("select id from calls.application where call_id = ? and status = 'SUBMITTED' order by submitted_at")
                .param(callId).query(UUID.class).list();
    }

    String nextReference(String prefix) {
        long number = jdbc.sql("select nextval('calls.reference_number')").query(Long.class).single();
        return prefix + "-" + String.format("%06d", number);
    }

    // referees

    void insertReferee(UUID id, UUID applicationId, String name, String email, String institution, String tokenHash,
            Instant expiresAt, Instant now) {
        jdbc.sql("""
                insert into calls.referee (id, application_id, name, email, institution, token_hash, expires_at, invited_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, applicationId, name, email, institution, tokenHash, Timestamp.from(expiresAt), Timestamp.from(now))
                .update();
    }

    record RefereeRow(UUID id, UUID applicationId, String name, String email, Instant expiresAt, Instant receivedAt,
            Instant replacedAt) {
    }

    Optional<RefereeRow> refereeByToken(String tokenHash) {
        return jdbc.sql("select * from calls.referee where token_hash = ? for update").param(tokenHash)
                .query((RowMapper<RefereeRow>) this::referee).optional();
    }

    Optional<RefereeRow> referee(UUID id) {
        return jdbc.sql("select * from calls.referee where id = ? for update").param(id).query((RowMapper<RefereeRow>) this::referee).optional();
    }

    void letterReceived(UUID refereeId, UUID fileId, Instant now) {
        jdbc.sql("update calls.referee set letter_file_id = ?, received_at = ?, token_hash = null where id = ?")
                .params(fileId, Timestamp.from(now), refereeId).update();
    }

    void replaceReferee(UUID refereeId, Instant now) {
        jdbc.sql("update calls.referee set replaced_at = ?, token_hash = null where id = ?").params(Timestamp.from(now), refereeId).update();
    }

    void rotateToken(UUID refereeId, String tokenHash, Instant now) {
        jdbc.sql("update calls.referee set token_hash = ?, reminded_at = ? where id = ?").params(tokenHash, Timestamp.from(now), refereeId).update();
    }

    Optional<UUID> applicationOfFile(UUID fileId) {
        return jdbc.sql("""
                select application_id from calls.application_document where file_id = ?
                union select application_id from calls.referee where letter_file_id = ? limit 1""")
                .params(fileId, fileId).query(UUID.class).optional();
    }

    private RefereeRow referee(ResultSet row, int number) throws SQLException {
        return new RefereeRow(row.getObject("id", UUID.class), row.getObject("application_id", UUID.class), row.getString("name"),
                row.getString("email"), instant(row, "expires_at"), instant(row, "received_at"), instant(row, "replaced_at"));
    }

    private ApplicationView map(ResultSet row, int number) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        List<DocumentView> documents = jdbc.sql("""
                select document_type, file_id, file_name, size_bytes, content_type, uploaded_at
                from calls.application_document where application_id = ? order by uploaded_at""")
                .param(id).query((r, n) -> new DocumentView(r.getString(1), r.getObject(2, UUID.class), r.getString(3), r.getLong(4),
                        r.getString(5), r.getTimestamp(6).toInstant())).list();
        List<RefereeView> referees = jdbc.sql("""
                select id, name, email, institution, invited_at, received_at, expires_at from calls.referee
                where application_id = ? and replaced_at is null order by invited_at""")
                .param(id).query((r, n) -> new RefereeView(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                        r.getTimestamp(5).toInstant(), instant(r, "received_at"), r.getTimestamp(7).toInstant())).list();
        String failures = row.getString("eligibility");
        Screening screening = new Screening((Boolean) row.getObject("eligible"),
                failures == null ? List.of() : json.readValue(failures, new TypeReference<List<Screening.Failure>>() { }),
                instant(row, "evaluated_at"), (Boolean) row.getObject("override_eligible"), row.getString("override_reason"),
                instant(row, "override_at"));
        return new ApplicationView(id, row.getObject("call_id", UUID.class), row.getObject("applicant_id", UUID.class),
                row.getString("applicant_name"), row.getString("applicant_email"), ApplicationStatus.valueOf(row.getString("status")),
                row.getString("reference"), row.getString("track_code"), row.getString("country"),
                json.readValue(row.getString("answers"), new TypeReference<Map<String, Object>>() { }),
                json.readValue(row.getString("host_choices"), new TypeReference<List<String>>() { }),
                instant(row, "created_at"), instant(row, "updated_at"), instant(row, "submitted_at"), instant(row, "withdrawn_at"),
                documents, referees, screening, row.getInt("version"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
