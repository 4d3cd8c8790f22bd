package org.ansoplatform.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes calls with their tracks and hosts; texts and the form are jsonb. */
@Repository
class CallStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<UUID, CallView> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    CallStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    UUID programme(String code, LocalizedText name) {
        return jdbc.sql("select id from calls.programme where code = ?").param(code).query(UUID.class).optional()
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("insert into calls.programme (id, code, name) values (?, ?, ?::jsonb) on conflict (code) do nothing")
                            .params(id, code, json.writeValueAsString(name)).update();
                    return jdbc.sql("select id from calls.programme where code = ?").param(code).query(UUID.class).single();
                });
    }

    void insert(UUID id, UUID programmeId, CallDefinition call, UUID clonedFrom, Instant now) {
        jdbc.sql("""
                insert into calls.call (id, programme_id, code, reference_prefix, title, description, zone, opens_at, closes_at,
                    status, referee_count, nomination_quota, form, eligibility, cloned_from, created_at)
                values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)""")
                .params(id, programmeId, call.code(), call.referencePrefix(), json.writeValueAsString(call.title()),
                        json.writeValueAsString(call.description()), call.zone().getId(), Timestamp.from(call.opensAt()),
                        Timestamp.from(call.closesAt()), call.status().name(), call.refereeCount(), call.nominationQuota(),
                        json.writeValueAsString(call.form()), call.eligibility(), clonedFrom, Timestamp.from(now))
                .update();
        writeTracksAndHosts(id, call);
    }

    /** @return false when the version no longer matches (someone else saved first) */
    boolean update(UUID id, UUID programmeId, CallDefinition call, int version) {
        int changed = jdbc.sql("""
                update calls.call set programme_id = ?, code = ?, reference_prefix = ?, title = ?::jsonb, description = ?::jsonb,
                    zone = ?, opens_at = ?, closes_at = ?, status = ?, referee_count = ?, nomination_quota = ?,
                    form = ?::jsonb, eligibility = ?::jsonb, version = version + 1
                where id = ? and version = ?""")
                .params(programmeId, call.code(), call.referencePrefix(), json.writeValueAsString(call.title()),
                        json.writeValueAsString(call.description()), call.zone().getId(), Timestamp.from(call.opensAt()),
                        Timestamp.from(call.closesAt()), call.status().name(), call.refereeCount(), call.nominationQuota(),
                        json.writeValueAsString(call.form()), call.eligibility(), id, version)
                .update();
        if (changed == 1) {
            jdbc.sql("delete from calls.track where call_id = ?").param(id).update();
            jdbc.sql("delete from calls.host where call_id = ?").param(id).update();
            writeTracksAndHosts(id, call);
        }
        return changed == 1;
    }

    private void writeTracksAndHosts(UUID id, CallDefinition call) {
        int position = 0;
        for (Track track : call.tracks()) {
            jdbc.sql("insert into calls.track (call_id, code, name, award_quota, position) values (?, ?, ?::jsonb, ?, ?)")
                    .params(id, track.code(), json.writeValueAsString(track.name()), track.awardQuota(), position++).update();
        }
        position = 0;
        for (Host host : call.hosts()) {
            jdbc.sql("insert into calls.host (call_id, code, name, kind, capacity, position) values (?, ?, ?::jsonb, ?, ?, ?)")
                    .params(id, host.code(), json.writeValueAsString(host.name()), host.kind().name(), host.capacity(), position++)
                    .update();
        }
    }

    /**
     * Every submission and autosave reads its call; parsing the form and the tracks costs more than the rest
     * of the read. A call changes only with its version, so a cached one is reused while its version stands
     * (checked in the database each time, so several nodes stay correct).
     */
    Optional<CallView> find(UUID id) {
        CallView cached = parsed.get(id);
        if (cached != null && jdbc.sql("select version from calls.call where id = ?").param(id).query(Integer.class)
                .optional().filter(version -> version == cached.version()).isPresent()) {
            return Optional.of(cached);
        }
        Optional<CallView> found = select("where c.id = ?", id).stream().findFirst();
        found.ifPresentOrElse(call -> parsed.put(id, call), () -> parsed.remove(id));
        return found;
    }

    Optional<CallView> findByCode(String code) {
        return select("where c.code = ?", code).stream().findFirst();
    }

    List<CallView> all() {
        return select("", null);
    }

    /** A clone keeps its source's selection rules. */
    void copySelectionRules(UUID from, UUID to) {
        jdbc.sql("update calls.call set selection_rules = (select selection_rules from calls.call where id = ?) where id = ?")
                .params(from, to).update();
    }

    boolean codeTaken(String code, UUID except) {
        return jdbc.sql("select count(*) from calls.call where code = ? and id is distinct from ?").params(code, except)
                .query(Integer.class).single() > 0;
    }

    private List<CallView> select(String where, Object parameter) {
        var spec = jdbc.sql("""
                select c.*, p.code as programme_code, p.name as programme_name,
                    (select coalesce(jsonb_agg(jsonb_build_object('code', t.code, 'name', t.name, 'awardQuota', t.award_quota)
                        order by t.position), '[]') from calls.track t where t.call_id = c.id) as tracks,
                    (select coalesce(jsonb_agg(jsonb_build_object('code', h.code, 'name', h.name, 'kind', h.kind, 'capacity', h.capacity)
                        order by h.position), '[]') from calls.host h where h.call_id = c.id) as hosts
                from calls.call c join calls.programme p on p.id = c.programme_id
                """ + where + " order by c.opens_at desc, c.code");
        if (parameter != null) {
            spec = spec.param(parameter);
        }
        return spec.query(this::map).list();
    }

    private CallView map(ResultSet row, int number) throws SQLException {
        ZoneId zone = ZoneId.of(row.getString("zone"));
        CallDefinition definition = new CallDefinition(row.getString("programme_code"), row.getString("code"),
                row.getString("reference_prefix"), text(row.getString("title")), text(row.getString("description")), zone,
                row.getTimestamp("opens_at").toInstant().atZone(zone).toLocalDateTime(),
                row.getTimestamp("closes_at").toInstant().atZone(zone).toLocalDateTime(),
                CallStatus.valueOf(row.getString("status")), row.getInt("referee_count"), row.getInt("nomination_quota"),
                json.readValue(row.getString("tracks"), new TypeReference<List<Track>>() { }),
                json.readValue(row.getString("hosts"), new TypeReference<List<Host>>() { }),
                json.readValue(row.getString("form"), ApplicationForm.class), row.getString("eligibility"));
        return new CallView(row.getObject("id", UUID.class), text(row.getString("programme_name")), definition,
                row.getObject("cloned_from", UUID.class), row.getInt("version"));
    }

    private LocalizedText text(String value) {
        return LocalizedText.of(json.readValue(value, new TypeReference<Map<String, String>>() { }));
    }
}
