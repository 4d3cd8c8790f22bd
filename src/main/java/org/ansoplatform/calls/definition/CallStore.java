package org.ansoplatform.calls.definition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Host;
import org.ansoplatform.calls.Track;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Programme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes calls with their tracks and hosts; texts and the form are jsonb. */
@Repository
public class CallStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<UUID, CallView> parsed = new ConcurrentHashMap<>();

    CallStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every programme, ordered as areas with their programmes after them (calls' own programmes come last). */
    public java.util.List<org.ansoplatform.shared.Programme> programmes() {
        return jdbc.sql("""
                select p.code, cast(p.name as text) as name, p.area, p.position from calls.programme p
                left join calls.programme a on a.code = p.area
                order by coalesce(a.position, p.position), p.area is not null, p.position, p.code""")
                .query((rs, n) -> new org.ansoplatform.shared.Programme(rs.getString("code"), text(rs.getString("name")),
                        rs.getString("area"), rs.getInt("position")))
                .list();
    }

    /** The programme's id, created with this name when it is new. */
    public UUID programme(String code, LocalizedText name) {
        return jdbc.sql("select id from calls.programme where code = :code").param("code", code).query(UUID.class).optional()
                .orElseGet(() -> {
                    jdbc.sql("insert into calls.programme (id, code, name) values (:id, :code, :name::jsonb) on conflict (code) do nothing")
                            .param("id", UUID.randomUUID()).param("code", code).param("name", json.writeValueAsString(name)).update();
                    return jdbc.sql("select id from calls.programme where code = :code").param("code", code).query(UUID.class).single();
                });
    }

    public void insert(UUID id, UUID programmeId, CallDefinition call, UUID clonedFrom, Instant now) {
        jdbc.sql("""
                insert into calls.call (id, programme_id, code, reference_prefix, title, description, zone, opens_at, closes_at,
                    status, referee_count, nomination_quota, form, eligibility, cloned_from, created_at, reopen_before_deadline)
                values (:id, :programme, :code, :prefix, :title::jsonb, :description::jsonb, :zone, :opens, :closes, :status,
                    :referees, :nominations, :form::jsonb, :eligibility::jsonb, :clonedFrom, :now, :reopen)""")
                .params(definition(call)).param("id", id).param("programme", programmeId).param("clonedFrom", clonedFrom)
                .param("now", Timestamp.from(now)).update();
        writeTracksAndHosts(id, call);
    }

    /** @return false when the version no longer matches (someone else saved first) */
    public boolean update(UUID id, UUID programmeId, CallDefinition call, int version) {
        int changed = jdbc.sql("""
                update calls.call set programme_id = :programme, code = :code, reference_prefix = :prefix, title = :title::jsonb,
                    description = :description::jsonb, zone = :zone, opens_at = :opens, closes_at = :closes, status = :status,
                    referee_count = :referees, nomination_quota = :nominations, form = :form::jsonb, eligibility = :eligibility::jsonb,
                    reopen_before_deadline = :reopen, version = version + 1
                where id = :id and version = :version""")
                .params(definition(call)).param("id", id).param("programme", programmeId).param("version", version).update();
        if (changed == 1) {
            jdbc.sql("delete from calls.track where call_id = :id").param("id", id).update();
            jdbc.sql("delete from calls.host where call_id = :id").param("id", id).update();
            writeTracksAndHosts(id, call);
        }
        return changed == 1;
    }

    private Map<String, Object> definition(CallDefinition call) {
        Map<String, Object> values = new HashMap<>();
        values.put("code", call.code());
        values.put("prefix", call.referencePrefix());
        values.put("title", json.writeValueAsString(call.title()));
        values.put("description", json.writeValueAsString(call.description()));
        values.put("zone", call.zone().getId());
        values.put("opens", Timestamp.from(call.opensAt()));
        values.put("closes", Timestamp.from(call.closesAt()));
        values.put("status", call.status().name());
        values.put("referees", call.refereeCount());
        values.put("nominations", call.nominationQuota());
        values.put("form", json.writeValueAsString(call.form()));
        values.put("eligibility", call.eligibility());
        values.put("reopen", call.reopenBeforeDeadline());
        return values;
    }

    private void writeTracksAndHosts(UUID id, CallDefinition call) {
        int position = 0;
        for (Track track : call.tracks()) {
            jdbc.sql("insert into calls.track (call_id, code, name, award_quota, position) values (:call, :code, :name::jsonb, :quota, :position)")
                    .param("call", id).param("code", track.code()).param("name", json.writeValueAsString(track.name()))
                    .param("quota", track.awardQuota()).param("position", position++).update();
        }
        position = 0;
        for (Host host : call.hosts()) {
            jdbc.sql("""
                    insert into calls.host (call_id, code, name, kind, capacity, position)
                    values (:call, :code, :name::jsonb, :kind, :capacity, :position)""")
                    .param("call", id).param("code", host.code()).param("name", json.writeValueAsString(host.name()))
                    .param("kind", host.kind().name()).param("capacity", host.capacity()).param("position", position++).update();
        }
    }

    /**
     * Every submission and autosave reads its call; parsing the form and the tracks costs more than the rest
     * of the read. A call changes only with its version, so a cached one is reused while its version stands
     * (checked in the database each time, so several nodes stay correct).
     */
    public Optional<CallView> find(UUID id) {
        CallView cached = parsed.get(id);
        if (cached != null && jdbc.sql("select version from calls.call where id = :id").param("id", id).query(Integer.class)
                .optional().filter(version -> version == cached.version()).isPresent()) {
            return Optional.of(cached);
        }
        Optional<CallView> found = select("where c.id = :value", id).stream().findFirst();
        found.ifPresentOrElse(call -> parsed.put(id, call), () -> parsed.remove(id));
        return found;
    }

    public Optional<CallView> findByCode(String code) {
        return select("where c.code = :value", code).stream().findFirst();
    }

    public List<CallView> all() {
        return select("", null);
    }

    /** Serialises everything that changes a call's nominations, selection or offers (runs, offers, answers, the job). */
    public void lock(UUID callId) {
        jdbc.sql("select id from calls.call where id = :id for update").param("id", callId).query(UUID.class).single();
    }

    /** A clone keeps its source's selection rules. */
    public void copySelectionRules(UUID from, UUID to) {
        jdbc.sql("update calls.call set selection_rules = (select selection_rules from calls.call where id = :from) where id = :to")
                .param("from", from).param("to", to).update();
    }

    /** A cloned call starts with last round's award terms, a year later. */
    public void copyAwardTerms(UUID fromCall, UUID toCall) {
        jdbc.sql("""
                insert into calls.award_terms (call_id, track, stipend_amount, stipend_currency, stipend_period, starts_on, covers)
                select :to, track, stipend_amount, stipend_currency, stipend_period, starts_on + interval '1 year', covers
                from calls.award_terms where call_id = :from""").param("from", fromCall).param("to", toCall).update();
    }

    /** The call's selection rules as stored (jsonb text), if it has any. */
    public Optional<String> selectionRules(UUID callId) {
        return jdbc.sql("select selection_rules::text from calls.call where id = :id").param("id", callId).query(String.class)
                .optional().filter(text -> text != null);
    }

    public void saveSelectionRules(UUID callId, String rules) {
        jdbc.sql("update calls.call set selection_rules = :rules::jsonb where id = :id").param("rules", rules).param("id", callId).update();
    }

    /** Rules for the demo calls of a code prefix that have none yet. */
    public void defaultSelectionRules(String codePrefix, String rules) {
        jdbc.sql("update calls.call set selection_rules = :rules::jsonb where code like :prefix and selection_rules is null")
                .param("rules", rules).param("prefix", codePrefix + "%").update();
    }

    public boolean codeTaken(String code, UUID except) {
        return jdbc.sql("select count(*) from calls.call where code = :code and id is distinct from :except").param("code", code)
                .param("except", except).query(Integer.class).single() > 0;
    }

    private List<CallView> select(String where, Object value) {
        var spec = jdbc.sql("""
                select c.*, p.code as programme_code, p.name as programme_name,
                    (select coalesce(jsonb_agg(jsonb_build_object('code', t.code, 'name', t.name, 'awardQuota', t.award_quota)
                        order by t.position), '[]') from calls.track t where t.call_id = c.id) as tracks,
                    (select coalesce(jsonb_agg(jsonb_build_object('code', h.code, 'name', h.name, 'kind', h.kind, 'capacity', h.capacity)
                        order by h.position), '[]') from calls.host h where h.call_id = c.id) as hosts
                from calls.call c join calls.programme p on p.id = c.programme_id
                """ + where + " order by c.opens_at desc, c.code");
        if (value != null) {
            spec = spec.param("value", value);
        }
        return spec.query(this::map).list();
    }

    private CallView map(ResultSet row, int number) throws SQLException {
        ZoneId zone = ZoneId.of(row.getString("zone"));
        CallDefinition definition = new CallDefinition(row.getString("programme_code"), row.getString("code"),
                row.getString("reference_prefix"), text(row.getString("title")), text(row.getString("description")), zone,
                Rows.instant(row, "opens_at").atZone(zone).toLocalDateTime(), Rows.instant(row, "closes_at").atZone(zone).toLocalDateTime(),
                Rows.enumValue(row, "status", CallStatus.class), row.getInt("referee_count"), row.getInt("nomination_quota"),
                json.readValue(row.getString("tracks"), new TypeReference<List<Track>>() { }),
                json.readValue(row.getString("hosts"), new TypeReference<List<Host>>() { }),
                json.readValue(row.getString("form"), ApplicationForm.class), row.getString("eligibility"),
                row.getBoolean("reopen_before_deadline"));
        return new CallView(Rows.uuid(row, "id"), text(row.getString("programme_name")), definition, Rows.uuid(row, "cloned_from"),
                row.getInt("version"));
    }

    private LocalizedText text(String value) {
        return LocalizedText.of(json.readValue(value, new TypeReference<Map<String, String>>() { }));
    }
}
