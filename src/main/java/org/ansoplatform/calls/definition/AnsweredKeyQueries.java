package org.ansoplatform.calls.definition;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many applications of a call answered each question (documents by their type), submitted ones apart from
 * drafts, and how many chose each track: what a change of the form or of the tracks would leave without its
 * question.
 */
@Repository
public class AnsweredKeyQueries {

    private final JdbcClient jdbc;

    AnsweredKeyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts by question key; {@code submitted} holds every application that left the draft stage (withdrawn ones too). */
    public record Counts(Map<String, Integer> submitted, Map<String, Integer> drafts, Map<String, Integer> tracks) {

        public static Counts none() {
            return new Counts(Map.of(), Map.of(), Map.of());
        }

        public int submitted(String key) {
            return submitted.getOrDefault(key, 0);
        }

        public int drafts(String key) {
            return drafts.getOrDefault(key, 0);
        }

        public int chose(String track) {
            return tracks.getOrDefault(track, 0);
        }
    }

    public Counts of(UUID callId) {
        Map<String, Integer> submitted = new HashMap<>();
        Map<String, Integer> drafts = new HashMap<>();
        jdbc.sql("""
                select a.status, k.key, count(*) as n from calls.application a, jsonb_object_keys(a.answers) k(key)
                where a.call_id = :call group by a.status, k.key
                union all
                select a.status, d.document_type, count(*) from calls.application a
                join calls.application_document d on d.application_id = a.id
                where a.call_id = :call group by a.status, d.document_type""")
                .param("call", callId)
                .query((rs, n) -> {
                    Map<String, Integer> into = ApplicationStatus.DRAFT.name().equals(rs.getString("status")) ? drafts : submitted;
                    into.merge(rs.getString("key"), rs.getInt("n"), Integer::sum);
                    return null;
                }).list();
        Map<String, Integer> tracks = new HashMap<>();
        jdbc.sql("select track_code, count(*) as n from calls.application where call_id = :call and track_code is not null group by track_code")
                .param("call", callId)
                .query((rs, n) -> tracks.put(rs.getString("track_code"), rs.getInt("n"))).list();
        return new Counts(submitted, drafts, tracks);
    }
}
