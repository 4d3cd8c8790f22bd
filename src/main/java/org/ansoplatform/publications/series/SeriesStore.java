package org.ansoplatform.publications.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.JsonTexts;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.SeriesCommand;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.SeriesView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Series, their editors and their default recipients. */
@Repository
public class SeriesStore {

    private final JdbcClient jdbc;

    SeriesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, SeriesCommand c, boolean illustrative, Instant at) {
        jdbc.sql("""
                insert into publications.series (id, kind, cadence, title, description, issn, number_label, languages, access_policy,
                    title_public, start_date, end_date, illustrative, created_at, updated_at)
                values (:id, :kind, :cadence, cast(:title as jsonb), cast(:description as jsonb), :issn, :label, string_to_array(:languages, ','),
                    :policy, :titlePublic, :start, :end, :illustrative, :at, :at)""")
                .param("id", id).param("kind", c.kind().name()).param("cadence", c.cadence().name())
                .param("title", JsonTexts.write(c.title())).param("description", JsonTexts.write(c.description()))
                .param("issn", c.issn()).param("label", c.numberLabel()).param("languages", String.join(",", c.languages()))
                .param("policy", c.accessPolicy().name()).param("titlePublic", c.titlePublic()).param("start", day(c.startDate()))
                .param("end", day(c.endDate())).param("illustrative", illustrative).param("at", java.sql.Timestamp.from(at)).update();
        people(id, c);
    }

    public void update(UUID id, SeriesCommand c, Instant at) {
        jdbc.sql("""
                update publications.series set cadence = :cadence, title = cast(:title as jsonb), description = cast(:description as jsonb),
                    issn = :issn, number_label = :label, languages = string_to_array(:languages, ','), access_policy = :policy,
                    title_public = :titlePublic, start_date = :start, end_date = :end, updated_at = :at where id = :id""")
                .param("id", id).param("cadence", c.cadence().name())
                .param("title", JsonTexts.write(c.title())).param("description", JsonTexts.write(c.description()))
                .param("issn", c.issn()).param("label", c.numberLabel()).param("languages", String.join(",", c.languages()))
                .param("policy", c.accessPolicy().name()).param("titlePublic", c.titlePublic()).param("start", day(c.startDate()))
                .param("end", day(c.endDate())).param("at", java.sql.Timestamp.from(at)).update();
        jdbc.sql("delete from publications.series_editor where series_id = :id").param("id", id).update();
        jdbc.sql("delete from publications.series_reader where series_id = :id").param("id", id).update();
        people(id, c);
    }

    private void people(UUID id, SeriesCommand c) {
        for (UUID editor : c.editors()) {
            jdbc.sql("insert into publications.series_editor (series_id, person_id) values (:id, :person) on conflict do nothing")
                    .param("id", id).param("person", editor).update();
        }
        for (UUID person : c.readerPeople()) {
            jdbc.sql("insert into publications.series_reader (series_id, person_id) values (:id, :person)").param("id", id)
                    .param("person", person).update();
        }
        for (UUID organization : c.readerOrganizations()) {
            jdbc.sql("insert into publications.series_reader (series_id, organization_id) values (:id, :organization)").param("id", id)
                    .param("organization", organization).update();
        }
    }

    private static final String SELECT = """
            select s.*,
              array(select person_id from publications.series_editor e where e.series_id = s.id order by person_id) editor_ids,
              array(select person_id from publications.series_reader r where r.series_id = s.id and person_id is not null) reader_people,
              array(select organization_id from publications.series_reader r where r.series_id = s.id and organization_id is not null) reader_orgs
            from publications.series s""";

    public Optional<SeriesView> byId(UUID id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SeriesStore::row).optional();
    }

    /** Locks the series' row: issues of one series are numbered and dated one change at a time. */
    public Optional<SeriesView> locked(UUID id) {
        return jdbc.sql(SELECT + " where s.id = :id for update of s").param("id", id).query(SeriesStore::row).optional();
    }

    public List<SeriesView> all() {
        return jdbc.sql(SELECT + " order by s.kind, s.title->>'en'").query(SeriesStore::row).list();
    }

    public List<SeriesView> byKind(SeriesKind kind) {
        return jdbc.sql(SELECT + " where s.kind = :kind order by s.created_at").param("kind", kind.name())
                .query(SeriesStore::row).list();
    }

    /** The series this person is named an editor of. */
    public List<UUID> editedBy(UUID personId) {
        return jdbc.sql("select series_id from publications.series_editor where person_id = :person").param("person", personId)
                .query(UUID.class).list();
    }

    public Optional<SeriesView> byEnglishTitle(String title) {
        return jdbc.sql(SELECT + " where s.title->>'en' = :title").param("title", title).query(SeriesStore::row).optional();
    }

    static java.sql.Date day(java.time.LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }

    static SeriesView row(ResultSet row, int n) throws SQLException {
        return new SeriesView(Rows.uuid(row, "id"), Rows.enumValue(row, "kind", SeriesKind.class),
                Rows.enumValue(row, "cadence", Cadence.class), JsonTexts.read(row.getString("title")),
                JsonTexts.read(row.getString("description")), row.getString("issn"), row.getString("number_label"),
                new ArrayList<>(Rows.strings(row, "languages")), Rows.enumValue(row, "access_policy", AccessPolicy.class),
                row.getBoolean("title_public"), Rows.date(row, "start_date"), Rows.date(row, "end_date"),
                row.getBoolean("illustrative"), Rows.uuids(row, "editor_ids"), Rows.uuids(row, "reader_people"),
                Rows.uuids(row, "reader_orgs"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
    }
}
