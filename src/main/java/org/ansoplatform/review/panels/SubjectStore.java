package org.ansoplatform.review.panels;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** A panel's subjects as copied from their source: the facts conflict checks and affinity need. */
@Repository
class SubjectStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SubjectStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean exists(UUID panelId, UUID subjectId) {
        return subjectId != null && jdbc.sql("select exists (select 1 from review.subject where panel_id = :panel and subject_id = :subject)")
                .param("panel", panelId).param("subject", subjectId).query(Boolean.class).single();
    }

    /**
     * Replaces the panel's subjects by these, in two statements: the ones no longer offered are removed (with their
     * conflicts, pins and assignments), the others inserted or updated.
     */
    void replace(UUID panelId, List<SubjectFacts> facts, Instant now) {
        int n = facts.size();
        UUID[] ids = new UUID[n];
        String[] types = new String[n];
        String[] labels = new String[n];
        String[] tracks = new String[n];
        String[] countries = new String[n];
        String[] institutions = new String[n];
        UUID[] organizations = new UUID[n];
        String[] fields = new String[n];
        String[] people = new String[n];
        for (int i = 0; i < n; i++) {
            SubjectFacts f = facts.get(i);
            ids[i] = f.subject().id();
            types[i] = f.subject().type();
            labels[i] = truncate(f.label(), 200);
            tracks[i] = f.track();
            countries[i] = f.country();
            institutions[i] = truncate(f.institution() == null ? "" : f.institution(), 300);
            organizations[i] = f.organizationId();
            fields[i] = json.writeValueAsString(f.fields());
            people[i] = json.writeValueAsString(List.copyOf(f.people()));
        }
        jdbc.sql("delete from review.subject where panel_id = :panel and not (subject_id = any (:ids))")
                .param("panel", panelId).param("ids", ids).update();
        jdbc.sql("""
                insert into review.subject (panel_id, subject_type, subject_id, label, track, country, institution, organization_id,
                    fields, people, loaded_at)
                select :panel, t, i, l, tr, c, inst, o,
                    array(select jsonb_array_elements_text(f::jsonb)), array(select jsonb_array_elements_text(pe::jsonb)), :now
                from unnest(:ids::uuid[], :types::text[], :labels::text[], :tracks::text[], :countries::text[], :institutions::text[],
                    :organizations::uuid[], :fields::text[], :people::text[]) as x(i, t, l, tr, c, inst, o, f, pe)
                on conflict (panel_id, subject_id) do update set label = excluded.label, track = excluded.track,
                    country = excluded.country, institution = excluded.institution, organization_id = excluded.organization_id,
                    fields = excluded.fields, people = excluded.people, loaded_at = excluded.loaded_at""")
                .param("panel", panelId).param("now", Timestamp.from(now)).param("ids", ids).param("types", types)
                .param("labels", labels).param("tracks", tracks).param("countries", countries).param("institutions", institutions)
                .param("organizations", organizations).param("fields", fields).param("people", people)
                .update();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
