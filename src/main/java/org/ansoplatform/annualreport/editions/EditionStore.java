package org.ansoplatform.annualreport.editions;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.annualreport.BlockKind;
import org.ansoplatform.annualreport.EditionContent;
import org.ansoplatform.annualreport.EditionContent.BlockView;
import org.ansoplatform.annualreport.EditionContent.GlossaryEntryView;
import org.ansoplatform.annualreport.EditionContent.SectionView;
import org.ansoplatform.annualreport.EditionStatus;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.platform.JsonTexts;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An edition's own rows: the edition, its sections, blocks, texts and glossary (not what freezing stores). */
@Repository
public class EditionStore {

    private static final String EDITION = """
            select id, year, number, status, illustrative, languages, decision_id, decided_on, frozen_at, issue_id, updated_at
            from annualreport.edition""";

    private final JdbcClient jdbc;

    EditionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertEdition(UUID id, int year, int number, boolean illustrative, List<String> languages, Instant at) {
        jdbc.sql("""
                insert into annualreport.edition (id, year, number, status, illustrative, languages, created_at, updated_at)
                values (:id, :year, :number, 'DRAFT', :illustrative, string_to_array(:languages, ','), :at, :at)""")
                .param("id", id).param("year", year).param("number", number).param("illustrative", illustrative)
                .param("languages", String.join(",", languages)).param("at", Timestamp.from(at)).update();
    }

    public int nextNumber(int year) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from annualreport.edition where year = :year").param("year", year)
                .query(Integer.class).single();
    }

    public Optional<EditionView> find(UUID id) {
        return jdbc.sql(EDITION + " where id = :id").param("id", id).query(EditionStore::edition).optional();
    }

    /** Locks the edition's row until the transaction ends, so that an edit and a decision cannot interleave. */
    public Optional<EditionView> lock(UUID id) {
        return jdbc.sql(EDITION + " where id = :id for update").param("id", id).query(EditionStore::edition).optional();
    }

    public List<EditionView> all() {
        return jdbc.sql(EDITION + " order by year desc, number desc").query(EditionStore::edition).list();
    }

    public List<EditionView> ofYear(int year) {
        return jdbc.sql(EDITION + " where year = :year order by number desc").param("year", year).query(EditionStore::edition).list();
    }

    public void status(UUID id, EditionStatus status, Instant at) {
        jdbc.sql("update annualreport.edition set status = :status, updated_at = :at, version = version + 1 where id = :id")
                .param("id", id).param("status", status.name()).param("at", Timestamp.from(at)).update();
    }

    public void frozen(UUID id, UUID decisionId, LocalDate decidedOn, Instant at) {
        jdbc.sql("""
                update annualreport.edition set status = 'FROZEN', decision_id = :decision, decided_on = :on, frozen_at = :at,
                       updated_at = :at, version = version + 1 where id = :id""")
                .param("id", id).param("decision", decisionId).param("on", Date.valueOf(decidedOn))
                .param("at", Timestamp.from(at)).update();
    }

    public void published(UUID id, UUID issueId, Instant at) {
        jdbc.sql("""
                update annualreport.edition set status = 'PUBLISHED', issue_id = :issue, updated_at = :at, version = version + 1
                where id = :id""").param("id", id).param("issue", issueId).param("at", Timestamp.from(at)).update();
    }

    public void touched(UUID id, Instant at) {
        jdbc.sql("update annualreport.edition set updated_at = :at, version = version + 1 where id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    public void insertSection(UUID id, UUID editionId, UUID parentId, int position, String code) {
        jdbc.sql("""
                insert into annualreport.section (id, edition_id, parent_id, position, code)
                values (:id, :edition, :parent, :position, :code)""")
                .param("id", id).param("edition", editionId).param("parent", parentId).param("position", position)
                .param("code", code).update();
    }

    public void sectionTitle(UUID sectionId, String language, String title) {
        if (title == null || title.isBlank()) {
            jdbc.sql("delete from annualreport.section_text where section_id = :id and language = :language")
                    .param("id", sectionId).param("language", language).update();
            return;
        }
        jdbc.sql("""
                insert into annualreport.section_text (section_id, language, title) values (:id, :language, :title)
                on conflict (section_id, language) do update set title = excluded.title""")
                .param("id", sectionId).param("language", language).param("title", title).update();
    }

    public void insertBlock(UUID id, UUID sectionId, int position, BlockKind kind, String spec) {
        jdbc.sql("""
                insert into annualreport.block (id, section_id, position, kind, spec)
                values (:id, :section, :position, :kind, cast(:spec as jsonb))""")
                .param("id", id).param("section", sectionId).param("position", position).param("kind", kind.name())
                .param("spec", spec).update();
    }

    public void blockSpec(UUID id, String spec) {
        jdbc.sql("update annualreport.block set spec = cast(:spec as jsonb) where id = :id").param("id", id).param("spec", spec).update();
    }

    public void blockPosition(UUID id, int position) {
        jdbc.sql("update annualreport.block set position = :position where id = :id").param("id", id).param("position", position).update();
    }

    public void deleteBlock(UUID id) {
        jdbc.sql("delete from annualreport.block_text where block_id = :id").param("id", id).update();
        jdbc.sql("delete from annualreport.block where id = :id").param("id", id).update();
    }

    public void blockText(UUID blockId, String language, String body) {
        if (body == null || body.isBlank()) {
            jdbc.sql("delete from annualreport.block_text where block_id = :id and language = :language")
                    .param("id", blockId).param("language", language).update();
            return;
        }
        jdbc.sql("""
                insert into annualreport.block_text (block_id, language, body) values (:id, :language, :body)
                on conflict (block_id, language) do update set body = excluded.body""")
                .param("id", blockId).param("language", language).param("body", body).update();
    }

    public void insertGlossary(UUID id, UUID editionId, String term, Map<String, String> expansion, String origin) {
        jdbc.sql("""
                insert into annualreport.glossary_entry (id, edition_id, term, expansion, origin)
                values (:id, :edition, :term, cast(:expansion as jsonb), :origin)""")
                .param("id", id).param("edition", editionId).param("term", term).param("expansion", JsonTexts.write(expansion))
                .param("origin", origin).update();
    }

    public void deleteGlossary(UUID editionId, UUID id) {
        jdbc.sql("delete from annualreport.glossary_entry where id = :id and edition_id = :edition")
                .param("id", id).param("edition", editionId).update();
    }

    /** The edition with everything it says, or empty when there is no such edition. */
    public Optional<EditionContent> content(UUID editionId) {
        Optional<EditionView> edition = find(editionId);
        if (edition.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Map<String, String>> titles = new HashMap<>();
        jdbc.sql("""
                select t.section_id, t.language, t.title from annualreport.section_text t
                join annualreport.section s on s.id = t.section_id where s.edition_id = :edition""")
                .param("edition", editionId).query((row, n) -> titles.computeIfAbsent(Rows.uuid(row, "section_id"),
                        any -> new HashMap<>()).put(row.getString("language"), row.getString("title"))).list();
        List<SectionView> sections = jdbc.sql("""
                select id, parent_id, position, code from annualreport.section where edition_id = :edition
                order by parent_id nulls first, position""")
                .param("edition", editionId).query((row, n) -> new SectionView(Rows.uuid(row, "id"), Rows.uuid(row, "parent_id"),
                        row.getInt("position"), row.getString("code"), titles.getOrDefault(Rows.uuid(row, "id"), Map.of()))).list();
        Map<UUID, Map<String, String>> texts = new HashMap<>();
        jdbc.sql("""
                select t.block_id, t.language, t.body from annualreport.block_text t join annualreport.block b on b.id = t.block_id
                join annualreport.section s on s.id = b.section_id where s.edition_id = :edition""")
                .param("edition", editionId).query((row, n) -> texts.computeIfAbsent(Rows.uuid(row, "block_id"),
                        any -> new HashMap<>()).put(row.getString("language"), row.getString("body"))).list();
        List<BlockView> blocks = jdbc.sql("""
                select b.id, b.section_id, b.position, b.kind, b.spec::text as spec from annualreport.block b
                join annualreport.section s on s.id = b.section_id where s.edition_id = :edition order by b.section_id, b.position""")
                .param("edition", editionId).query((row, n) -> new BlockView(Rows.uuid(row, "id"), Rows.uuid(row, "section_id"),
                        row.getInt("position"), BlockKind.valueOf(row.getString("kind")), row.getString("spec"),
                        texts.getOrDefault(Rows.uuid(row, "id"), Map.of()))).list();
        List<GlossaryEntryView> glossary = jdbc.sql("""
                select id, term, expansion::text as expansion, origin from annualreport.glossary_entry where edition_id = :edition
                order by lower(term)""")
                .param("edition", editionId).query((row, n) -> new GlossaryEntryView(Rows.uuid(row, "id"), row.getString("term"),
                        JsonTexts.read(row.getString("expansion")).values(), row.getString("origin"))).list();
        return Optional.of(new EditionContent(edition.get(), sections, blocks, glossary));
    }

    private static EditionView edition(ResultSet row, int n) throws SQLException {
        Array languages = row.getArray("languages");
        List<String> tags = languages == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) languages.getArray()));
        return new EditionView(Rows.uuid(row, "id"), row.getInt("year"), row.getInt("number"),
                EditionStatus.valueOf(row.getString("status")), row.getBoolean("illustrative"), tags,
                Rows.uuid(row, "decision_id"), Rows.date(row, "decided_on"), Rows.instant(row, "frozen_at"),
                Rows.uuid(row, "issue_id"), Rows.instant(row, "updated_at"));
    }
}
