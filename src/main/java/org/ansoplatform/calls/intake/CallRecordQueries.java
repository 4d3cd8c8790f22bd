package org.ansoplatform.calls.intake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a list of counted applications shows beside their titles: the day each was submitted (in its call's zone,
 * the day the applicant saw), its track's name, and whether it is illustrative demo data. Nothing about the
 * applicant: a report's list may be read by anyone who may see the reference.
 */
@Component
@Transactional(readOnly = true)
class CallRecordQueries {

    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() { };

    record Listed(UUID id, LocalDate submitted, LocalizedText track, boolean illustrative) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CallRecordQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Map<UUID, Listed> applications(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select a.id, cast(a.submitted_at at time zone c.zone as date) as submitted, cast(t.name as text) as track,
                    a.illustrative
                from calls.application a join calls.call c on c.id = a.call_id
                left join calls.track t on t.call_id = a.call_id and t.code = a.track_code
                where a.id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Listed(Rows.uuid(rs, "id"), Rows.date(rs, "submitted"), text(rs.getString("track")),
                        rs.getBoolean("illustrative")))
                .list().stream().collect(java.util.stream.Collectors.toMap(Listed::id, listed -> listed));
    }

    private LocalizedText text(String value) {
        return value == null ? null : LocalizedText.of(json.readValue(value, TEXT));
    }
}
