package org.ansoplatform.calls.intake;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What review reads of a call's submitted and eligible applications (the Secretariat's override wins). */
@Repository
class ReviewSubjectQueries {

    private final JdbcClient jdbc;

    ReviewSubjectQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An application as the panel's facts need it; {@code referees} as name, email and ORCID iD (empty when none)
     * joined by the unit separator; {@code answerOrcids} the iDs of every PERSON answer (team members, leads).
     */
    record SubjectRow(UUID id, String reference, String track, String country, String applicantName, String applicantEmail,
            String institution, String fieldOfStudy, String discipline, UUID organizationId, List<String> referees, UUID applicantId,
            List<String> answerOrcids) {
    }

    record Submitted(String reference, String snapshot, UUID applicantId) {
    }

    record Document(String type, UUID fileId, String fileName) {
    }

    /** One query for the whole call (6,000 applications: one round trip, nominations and referees as sub-selects). */
    List<SubjectRow> subjects(UUID callId) {
        return jdbc.sql("""
                select a.id, a.reference, a.track_code, a.country, a.applicant_name, a.applicant_email,
                    coalesce(a.submitted -> 'answers' ->> 'university', a.submitted -> 'answers' ->> 'institution',
                        a.submitted -> 'answers' -> 'lead' ->> 'name', '') institution,
                    a.submitted -> 'answers' ->> 'fieldOfStudy' field_of_study, a.submitted -> 'answers' ->> 'discipline' discipline,
                    (select n.organization_id from calls.nomination n where n.application_id = a.id and n.withdrawn_at is null
                        order by n.nominated_at desc limit 1) organization_id,
                    (select array_agg(r.name || chr(31) || r.email || chr(31) || coalesce(r.orcid, '')) from calls.referee r
                        where r.application_id = a.id and r.replaced_at is null) referees,
                    a.applicant_id,
                    array(select v #>> '{}' from jsonb_path_query(coalesce(a.submitted -> 'answers', '{}'::jsonb), 'lax $.**.orcid') v
                        where jsonb_typeof(v) = 'string') answer_orcids
                from calls.application a
                where a.call_id = :call and a.status = :submitted and coalesce(a.override_eligible, a.eligible) is true
                order by a.reference""")
                .param("call", callId).param("submitted", ApplicationStatus.SUBMITTED.name())
                .query((rs, n) -> new SubjectRow(Rows.uuid(rs, "id"), rs.getString("reference"), rs.getString("track_code"),
                        rs.getString("country"), rs.getString("applicant_name"), rs.getString("applicant_email"), rs.getString("institution"),
                        rs.getString("field_of_study"), rs.getString("discipline"), Rows.uuid(rs, "organization_id"),
                        Rows.strings(rs, "referees"), Rows.uuid(rs, "applicant_id"), Rows.strings(rs, "answer_orcids")))
                .list();
    }

    Optional<Submitted> submitted(UUID callId, UUID applicationId) {
        return jdbc.sql("""
                select a.reference, a.submitted::text as snapshot, a.applicant_id from calls.application a
                where a.id = :id and a.call_id = :call and a.status = :submitted and coalesce(a.override_eligible, a.eligible) is true""")
                .param("id", applicationId).param("call", callId).param("submitted", ApplicationStatus.SUBMITTED.name())
                .query((rs, n) -> new Submitted(rs.getString("reference"), rs.getString("snapshot"), Rows.uuid(rs, "applicant_id"))).optional();
    }

    List<Document> documents(UUID applicationId) {
        return jdbc.sql("""
                select document_type, file_id, file_name from calls.application_document where application_id = :id order by document_type""")
                .param("id", applicationId)
                .query((rs, n) -> new Document(rs.getString("document_type"), Rows.uuid(rs, "file_id"), rs.getString("file_name"))).list();
    }

    /** The received letters of the application's current referees, in the order they were asked. */
    List<UUID> letters(UUID applicationId) {
        return jdbc.sql("""
                select letter_file_id from calls.referee where application_id = :id and replaced_at is null and letter_file_id is not null
                order by invited_at, id""").param("id", applicationId).query(UUID.class).list();
    }

    Set<UUID> subjectsWithFile(UUID callId, UUID fileId) {
        return Set.copyOf(jdbc.sql("""
                select d.application_id from calls.application_document d join calls.application a on a.id = d.application_id
                where d.file_id = :f and a.call_id = :c
                union
                select r.application_id from calls.referee r join calls.application a on a.id = r.application_id
                where r.letter_file_id = :f and r.replaced_at is null and a.call_id = :c""")
                .param("f", fileId).param("c", callId).query(UUID.class).list());
    }

    /** The applicants' names of submitted applications of a call, in one query (the declaration list's page). */
    java.util.Map<UUID, String> applicantNames(UUID callId, java.util.Collection<UUID> applicationIds) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        if (applicationIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, applicant_name from calls.application where call_id = :call and id in (:ids)")
                .param("call", callId).param("ids", applicationIds)
                .query(row -> {
                    names.put(row.getObject("id", UUID.class), row.getString("applicant_name"));
                });
        return names;
    }
}
