package org.ansoplatform.calls.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The uploads behind an export's link columns: every document and every received referee letter of the
 * applications under a filter, in two queries for the whole list rather than two per application.
 */
@Service
public class ExportQueries {

    /** A document as the export links it: the file and the name the applicant gave it. */
    public record Document(String type, UUID fileId, String fileName) {
    }

    /** A received letter: the referee's name and the file. */
    public record Letter(String refereeName, UUID fileId, Instant receivedAt) {
    }

    private final JdbcClient jdbc;

    ExportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each application's documents by document type (the FILE question's key). */
    @Transactional(readOnly = true)
    public Map<UUID, Map<String, Document>> documents(UUID callId, Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = ApplicationFilterSql.where(callId, filter, parameters);
        Map<UUID, Map<String, Document>> documents = new HashMap<>();
        jdbc.sql("select d.application_id, d.document_type, d.file_id, d.file_name from calls.application_document d"
                        + " join calls.application a on a.id = d.application_id " + where)
                .params(parameters).query(row -> {
                    documents.computeIfAbsent(Rows.uuid(row, "application_id"), id -> new HashMap<>()).put(row.getString("document_type"),
                            new Document(row.getString("document_type"), Rows.uuid(row, "file_id"), row.getString("file_name")));
                });
        return documents;
    }

    /** Each application's received letters of its current referees, in the order they arrived. */
    @Transactional(readOnly = true)
    public Map<UUID, List<Letter>> letters(UUID callId, Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = ApplicationFilterSql.where(callId, filter, parameters);
        Map<UUID, List<Letter>> letters = new HashMap<>();
        jdbc.sql("select r.application_id, r.name, r.letter_file_id, r.received_at from calls.referee r"
                        + " join calls.application a on a.id = r.application_id " + where
                        + " and r.letter_file_id is not null and r.replaced_at is null order by r.received_at, r.id")
                .params(parameters).query(row -> {
                    letters.computeIfAbsent(Rows.uuid(row, "application_id"), id -> new ArrayList<>()).add(
                            new Letter(row.getString("name"), Rows.uuid(row, "letter_file_id"), Rows.instant(row, "received_at")));
                });
        return letters;
    }
}
