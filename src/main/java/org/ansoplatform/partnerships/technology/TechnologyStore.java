package org.ansoplatform.partnerships.technology;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.partnerships.CooperationModel;
import org.ansoplatform.partnerships.IpStatus;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.partnerships.TechnologyStatus;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Offers and requests, their review steps and files. Arrays travel as comma-joined text, split in the statement. */
@Repository
public class TechnologyStore {

    public static final String COLUMNS = """
            id, kind, organization_id, cast(title as text) title, cast(summary as text) summary, inventors, project_id,
            project_reference, trl, trl_evidence, ip_status, patent_numbers, sectors, sdgs, countries, models, budget_min,
            budget_max, budget_currency, status, published_at, expires_on, illustrative, created_at, updated_at, related_records""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TechnologyStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(TechnologyView t, UUID by) {
        jdbc.sql("""
                insert into partnerships.technology (id, kind, organization_id, title, summary, inventors, project_id,
                    project_reference, trl, trl_evidence, ip_status, patent_numbers, sectors, sdgs, countries, models,
                    budget_min, budget_max, budget_currency, status, illustrative, created_by, created_at, updated_at,
                    related_records)
                values (:id, :kind, :organization, cast(:title as jsonb), cast(:summary as jsonb), :inventors, :project,
                    :reference, :trl, :evidence, :ip, :patents, string_to_array(:sectors, ','),
                    cast(string_to_array(:sdgs, ',') as int[]), string_to_array(:countries, ','),
                    string_to_array(:models, ','), :min, :max, :currency, :status, :illustrative, :by, :at, :at,
                    string_to_array(:related, ' '))""")
                .params(fields(t)).param("id", t.id()).param("kind", t.kind().name())
                .param("organization", t.organizationId()).param("status", t.status().name())
                .param("illustrative", t.illustrative()).param("by", by).param("at", Timestamp.from(t.createdAt())).update();
    }

    public void update(TechnologyView t) {
        jdbc.sql("""
                update partnerships.technology set title = cast(:title as jsonb), summary = cast(:summary as jsonb),
                    inventors = :inventors, project_id = :project, project_reference = :reference, trl = :trl,
                    trl_evidence = :evidence, ip_status = :ip, patent_numbers = :patents,
                    sectors = string_to_array(:sectors, ','), sdgs = cast(string_to_array(:sdgs, ',') as int[]),
                    countries = string_to_array(:countries, ','), models = string_to_array(:models, ','),
                    budget_min = :min, budget_max = :max, budget_currency = :currency, updated_at = :at,
                    related_records = string_to_array(:related, ' ')
                where id = :id""")
                .params(fields(t)).param("id", t.id()).param("at", Timestamp.from(t.updatedAt())).update();
    }

    private Map<String, Object> fields(TechnologyView t) {
        java.util.HashMap<String, Object> p = new java.util.HashMap<>();
        p.put("title", json.writeValueAsString(t.title().values()));
        p.put("summary", json.writeValueAsString(t.summary().values()));
        p.put("inventors", t.inventors());
        p.put("project", t.projectId());
        p.put("reference", t.projectReference());
        p.put("trl", t.trl());
        p.put("evidence", t.trlEvidence());
        p.put("ip", t.ipStatus() == null ? null : t.ipStatus().name());
        p.put("patents", t.patentNumbers());
        p.put("sectors", t.sectors().stream().map(Enum::name).collect(Collectors.joining(",")));
        p.put("sdgs", t.sdgs().stream().map(String::valueOf).collect(Collectors.joining(",")));
        p.put("countries", String.join(",", t.countries()));
        p.put("models", t.models().stream().map(Enum::name).collect(Collectors.joining(",")));
        p.put("min", t.budgetMin());
        p.put("max", t.budgetMax());
        p.put("currency", t.budgetCurrency());
        // references hold no spaces; an empty text makes an empty array
        p.put("related", t.related().stream().map(RecordRef::toString).collect(Collectors.joining(" ")));
        return p;
    }

    /** The row, locked for a transition. */
    public Optional<TechnologyView> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from partnerships.technology where id = :id for update")
                .param("id", id).query(this::view).optional();
    }

    public Optional<TechnologyView> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from partnerships.technology where id = :id")
                .param("id", id).query(this::view).optional();
    }

    public void move(UUID id, TechnologyStatus to, UUID reviewedBy, Instant publishedAt, LocalDate expiresOn, Instant at) {
        jdbc.sql("""
                update partnerships.technology set status = :to, reviewed_by = coalesce(:reviewer, reviewed_by),
                    published_at = coalesce(:published, published_at), expires_on = coalesce(:expires, expires_on),
                    updated_at = :at where id = :id""")
                .param("id", id).param("to", to.name()).param("reviewer", reviewedBy)
                .param("published", publishedAt == null ? null : Timestamp.from(publishedAt))
                .param("expires", expiresOn == null ? null : Date.valueOf(expiresOn)).param("at", Timestamp.from(at)).update();
    }

    public void step(UUID id, TechnologyStatus from, TechnologyStatus to, Actor actor, String reason) {
        jdbc.sql("""
                insert into partnerships.technology_step (id, technology_id, from_status, to_status, person_id, actor_name, at, reason)
                values (:step, :id, :from, :to, :person, :name, :at, :reason)""")
                .param("step", UUID.randomUUID()).param("id", id).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("person", actor.personId()).param("name", actor.name())
                .param("at", Timestamp.from(actor.at())).param("reason", reason == null ? "" : reason).update();
    }

    public List<TechnologyView.Step> steps(UUID id) {
        return jdbc.sql("""
                select from_status, to_status, actor_name, at, reason from partnerships.technology_step
                where technology_id = :id order by at, to_status""")
                .param("id", id)
                .query((rs, n) -> new TechnologyView.Step(Rows.enumValue(rs, "from_status", TechnologyStatus.class),
                        Rows.enumValue(rs, "to_status", TechnologyStatus.class), rs.getString("actor_name"),
                        Rows.instant(rs, "at"), rs.getString("reason")))
                .list();
    }

    public void attach(UUID id, UUID fileId, boolean image, Instant at) {
        jdbc.sql("""
                insert into partnerships.technology_file (technology_id, file_id, image, added_at) values (:id, :file, :image, :at)""")
                .param("id", id).param("file", fileId).param("image", image).param("at", Timestamp.from(at)).update();
    }

    /** The ids of the item's files with whether each is an image, in the order they were added. */
    public List<Map.Entry<UUID, Boolean>> files(UUID id) {
        return jdbc.sql("select file_id, image from partnerships.technology_file where technology_id = :id order by added_at, file_id")
                .param("id", id).query((rs, n) -> Map.entry(Rows.uuid(rs, "file_id"), rs.getBoolean("image"))).list();
    }

    /** Published ones whose validity ended before {@code today}, locked and skipping rows another node holds. */
    public List<UUID> expiring(LocalDate today) {
        return jdbc.sql("""
                select id from partnerships.technology where status = :published and expires_on < :today
                for update skip locked""")
                .param("published", TechnologyStatus.PUBLISHED.name()).param("today", Date.valueOf(today))
                .query(UUID.class).list();
    }

    TechnologyView view(ResultSet rs, int n) throws SQLException {
        return new TechnologyView(Rows.uuid(rs, "id"), Rows.enumValue(rs, "kind", TechnologyKind.class),
                Rows.uuid(rs, "organization_id"), text(rs.getString("title")), text(rs.getString("summary")),
                rs.getString("inventors"), Rows.uuid(rs, "project_id"), rs.getString("project_reference"), rs.getInt("trl"),
                rs.getString("trl_evidence"), Rows.enumValue(rs, "ip_status", IpStatus.class), rs.getString("patent_numbers"),
                Rows.strings(rs, "sectors").stream().map(TechnologySector::valueOf).toList(), ints(rs.getArray("sdgs")),
                Rows.strings(rs, "countries"), Rows.strings(rs, "models").stream().map(CooperationModel::valueOf).toList(),
                rs.getBigDecimal("budget_min"), rs.getBigDecimal("budget_max"),
                rs.getString("budget_currency") == null ? null : rs.getString("budget_currency").strip(),
                Rows.enumValue(rs, "status", TechnologyStatus.class), Rows.instant(rs, "published_at"),
                Rows.date(rs, "expires_on"), rs.getBoolean("illustrative"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"), Rows.strings(rs, "related_records").stream().map(RecordRef::parse).toList());
    }

    static List<Integer> ints(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }

    LocalizedText text(String value) {
        return value == null ? LocalizedText.of(Map.of())
                : LocalizedText.of(json.readValue(value, new TypeReference<Map<String, String>>() { }));
    }

    public RowMapperFor mapper() {
        return new RowMapperFor(this);
    }

    /** Lets the module's queries map rows as the store does. */
    public record RowMapperFor(TechnologyStore store) implements org.springframework.jdbc.core.RowMapper<TechnologyView> {
        @Override
        public TechnologyView mapRow(ResultSet rs, int n) throws SQLException {
            return store.view(rs, n);
        }
    }
}
