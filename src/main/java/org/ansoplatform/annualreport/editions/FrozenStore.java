package org.ansoplatform.annualreport.editions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.JsonTexts;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What freezing stores, written once and only read afterwards (the trigger refuses any change): figures, the records
 * each counted, the pages per language, the charts and the PDFs.
 */
@Repository
public class FrozenStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FrozenFigure.Part>> PARTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> TOC = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, List<UUID>>> REFS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    FrozenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertFigure(UUID editionId, FrozenFigure f) {
        jdbc.sql("""
                insert into annualreport.frozen_figure (edition_id, ref, key, scope, part, year, value, amount, currency, parts,
                       as_of, name, definition, illustrative_count, problem, record_count)
                values (:edition, :ref, :key, :scope, :part, :year, :value, :amount, :currency, cast(:parts as jsonb), :asOf,
                        cast(:name as jsonb), cast(:definition as jsonb), :illustrative, :problem, :records)""")
                .param("edition", editionId).param("ref", f.ref()).param("key", f.key()).param("scope", f.scope())
                .param("part", f.part()).param("year", f.year()).param("value", f.value()).param("amount", f.amount())
                .param("currency", f.currency()).param("parts", JSON.writeValueAsString(f.parts()))
                .param("asOf", Timestamp.from(f.asOf())).param("name", JsonTexts.write(f.name()))
                .param("definition", JsonTexts.write(f.definition())).param("illustrative", f.illustrativeCount())
                .param("problem", f.problem()).param("records", f.recordCount()).update();
    }

    public List<FrozenFigure> figures(UUID editionId) {
        return jdbc.sql("""
                select ref, key, scope, part, year, value, amount, currency, parts::text as parts, as_of, name::text as name,
                       definition::text as definition, illustrative_count, problem, record_count
                from annualreport.frozen_figure where edition_id = :edition order by ref""")
                .param("edition", editionId).query(FrozenStore::figure).list();
    }

    /** The records a frozen figure (or one of its parts: {@code partCode} blank for the whole) counted. */
    public void insertRecords(UUID editionId, String ref, String partCode, List<RecordRef> records) {
        Map<String, List<UUID>> compact = new java.util.LinkedHashMap<>();
        for (RecordRef record : records) {
            compact.computeIfAbsent(record.module() + ":" + record.type(), any -> new ArrayList<>()).add(record.id());
        }
        jdbc.sql("""
                insert into annualreport.frozen_records (edition_id, ref, part_code, refs)
                values (:edition, :ref, :part, cast(:refs as jsonb))""")
                .param("edition", editionId).param("ref", ref).param("part", partCode == null ? "" : partCode)
                .param("refs", JSON.writeValueAsString(compact)).update();
    }

    public Optional<List<RecordRef>> records(UUID editionId, String ref, String partCode) {
        return jdbc.sql("""
                select refs::text from annualreport.frozen_records where edition_id = :edition and ref = :ref and part_code = :part""")
                .param("edition", editionId).param("ref", ref).param("part", partCode == null ? "" : partCode)
                .query(String.class).optional().map(FrozenStore::expand);
    }

    public void insertPage(UUID editionId, String language, String html, String tocJson) {
        jdbc.sql("""
                insert into annualreport.frozen_page (edition_id, language, html, toc) values (:edition, :language, :html,
                cast(:toc as jsonb))""")
                .param("edition", editionId).param("language", language).param("html", html).param("toc", tocJson).update();
    }

    public Optional<String> page(UUID editionId, String language) {
        return jdbc.sql("select html from annualreport.frozen_page where edition_id = :edition and language = :language")
                .param("edition", editionId).param("language", language).query(String.class).optional();
    }

    /** The stored page's contents: each section's number, title and anchor, in order. */
    public List<Map<String, String>> toc(UUID editionId, String language) {
        return jdbc.sql("select toc::text from annualreport.frozen_page where edition_id = :edition and language = :language")
                .param("edition", editionId).param("language", language).query(String.class).optional()
                .map(json -> JSON.readValue(json, TOC)).orElse(List.of());
    }

    public void insertChart(UUID editionId, UUID blockId, String language, String web, String print) {
        jdbc.sql("""
                insert into annualreport.frozen_chart (edition_id, block_id, language, svg_web, svg_print)
                values (:edition, :block, :language, :web, :print)""")
                .param("edition", editionId).param("block", blockId).param("language", language).param("web", web)
                .param("print", print).update();
    }

    public Optional<String> chart(UUID editionId, UUID blockId, String language, boolean print) {
        return jdbc.sql("select " + (print ? "svg_print" : "svg_web") + """
                 from annualreport.frozen_chart where edition_id = :edition and block_id = :block and language = :language""")
                .param("edition", editionId).param("block", blockId).param("language", language).query(String.class).optional();
    }

    public void insertPdf(UUID editionId, String language, UUID fileId) {
        jdbc.sql("insert into annualreport.frozen_pdf (edition_id, language, file_id) values (:edition, :language, :file)")
                .param("edition", editionId).param("language", language).param("file", fileId).update();
    }

    public Optional<UUID> pdf(UUID editionId, String language) {
        return jdbc.sql("select file_id from annualreport.frozen_pdf where edition_id = :edition and language = :language")
                .param("edition", editionId).param("language", language).query(UUID.class).optional();
    }

    private static List<RecordRef> expand(String json) {
        List<RecordRef> refs = new ArrayList<>();
        JSON.readValue(json, REFS).forEach((type, ids) -> {
            String[] moduleType = type.split(":", 2);
            ids.forEach(id -> refs.add(new RecordRef(moduleType[0], moduleType[1], id)));
        });
        return refs;
    }

    private static FrozenFigure figure(ResultSet row, int n) throws SQLException {
        return new FrozenFigure(row.getString("ref"), row.getString("key"), row.getString("scope"), row.getString("part"),
                row.getInt("year"), row.getLong("value"), row.getBigDecimal("amount"), row.getString("currency"),
                JSON.readValue(row.getString("parts"), PARTS), Rows.instant(row, "as_of"),
                JsonTexts.read(row.getString("name")).values(), JsonTexts.read(row.getString("definition")).values(),
                row.getInt("illustrative_count"), row.getString("problem"), row.getInt("record_count"));
    }
}
