package org.ansoplatform.publications.front.compose;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.JsonTexts;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The compositions and their picks (publications.composition, publications.composition_pick). */
@Component
class CompositionStore {

    private static final String COLUMNS = """
            id, kind, year, number, cast(title as text) as title, cast(editorial as text) as editorial, illustrative,
            issue_id, version, created_at, updated_at""";

    private final JdbcClient jdbc;

    CompositionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, CompositionKind kind, int year, int number, LocalizedText title, LocalizedText editorial,
            boolean illustrative, Instant now) {
        jdbc.sql("""
                        insert into publications.composition (id, kind, year, number, title, editorial, illustrative, created_at, updated_at)
                        values (:id, :kind, :year, :number, cast(:title as jsonb), cast(:editorial as jsonb), :illustrative, :now, :now)""")
                .param("id", id).param("kind", kind.name()).param("year", year).param("number", number)
                .param("title", JsonTexts.write(title.values())).param("editorial", JsonTexts.write(editorial.values()))
                .param("illustrative", illustrative).param("now", java.sql.Timestamp.from(now)).update();
    }

    boolean numberTaken(CompositionKind kind, int year, int number, UUID except) {
        return jdbc.sql("""
                        select count(*) from publications.composition
                        where kind = :kind and year = :year and number = :number and (cast(:except as uuid) is null or id <> :except)""")
                .param("kind", kind.name()).param("year", year).param("number", number).param("except", except)
                .query(Long.class).single() > 0;
    }

    void edit(UUID id, LocalizedText title, LocalizedText editorial, Instant now) {
        jdbc.sql("""
                        update publications.composition set title = cast(:title as jsonb), editorial = cast(:editorial as jsonb),
                               version = version + 1, updated_at = :now where id = :id""")
                .param("id", id).param("title", JsonTexts.write(title.values())).param("editorial", JsonTexts.write(editorial.values()))
                .param("now", java.sql.Timestamp.from(now)).update();
    }

    /** The issue the composition was published as (once: the service refuses a second time). */
    void published(UUID id, UUID issueId, Instant now) {
        jdbc.sql("update publications.composition set issue_id = :issue, version = version + 1, updated_at = :now where id = :id")
                .param("id", id).param("issue", issueId).param("now", java.sql.Timestamp.from(now)).update();
    }

    void touch(UUID id, Instant now) {
        jdbc.sql("update publications.composition set version = version + 1, updated_at = :now where id = :id")
                .param("id", id).param("now", java.sql.Timestamp.from(now)).update();
    }

    /** The composition's row locked for the change that follows, so two editors' moves do not interleave. */
    Optional<Composition> lock(UUID id) {
        return jdbc.sql("select id from publications.composition where id = :id for update").param("id", id)
                .query(UUID.class).optional().flatMap(this::find);
    }

    Optional<Composition> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from publications.composition where id = :id").param("id", id)
                .query((rs, n) -> composition(rs, picks(id))).optional();
    }

    /** Every composition, newest year first, by kind and number; without their picks. */
    List<Composition> all() {
        return jdbc.sql("select " + COLUMNS + " from publications.composition order by year desc, kind, number")
                .query((rs, n) -> composition(rs, List.of())).list();
    }

    long count() {
        return jdbc.sql("select count(*) from publications.composition").query(Long.class).single();
    }

    List<Composition.Pick> picks(UUID compositionId) {
        return jdbc.sql("""
                        select id, record_ref, position, cast(text as text) as text from publications.composition_pick
                        where composition_id = :id order by position""")
                .param("id", compositionId)
                .query((rs, n) -> new Composition.Pick(Rows.uuid(rs, "id"), RecordRef.parse(rs.getString("record_ref")),
                        rs.getInt("position"), JsonTexts.read(rs.getString("text"))))
                .list();
    }

    void addPick(UUID compositionId, UUID pickId, RecordRef ref, int position, LocalizedText text) {
        jdbc.sql("""
                        insert into publications.composition_pick (id, composition_id, record_ref, position, text)
                        values (:id, :composition, :ref, :position, cast(:text as jsonb))""")
                .param("id", pickId).param("composition", compositionId).param("ref", ref.toString())
                .param("position", position).param("text", JsonTexts.write(text.values())).update();
    }

    void removePick(UUID pickId) {
        jdbc.sql("delete from publications.composition_pick where id = :id").param("id", pickId).update();
    }

    void position(UUID pickId, int position) {
        jdbc.sql("update publications.composition_pick set position = :position where id = :id")
                .param("id", pickId).param("position", position).update();
    }

    void text(UUID pickId, LocalizedText text) {
        jdbc.sql("update publications.composition_pick set text = cast(:text as jsonb) where id = :id")
                .param("id", pickId).param("text", JsonTexts.write(text.values())).update();
    }

    private static Composition composition(ResultSet rs, List<Composition.Pick> picks) throws SQLException {
        return new Composition(Rows.uuid(rs, "id"), Rows.enumValue(rs, "kind", CompositionKind.class), rs.getInt("year"),
                rs.getInt("number"), JsonTexts.read(rs.getString("title")), JsonTexts.read(rs.getString("editorial")),
                rs.getBoolean("illustrative"), Rows.uuid(rs, "issue_id"), rs.getInt("version"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"), picks);
    }
}
