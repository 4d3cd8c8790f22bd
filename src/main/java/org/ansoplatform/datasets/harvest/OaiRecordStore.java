package org.ansoplatform.datasets.harvest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The OAI-PMH copy of each dataset version and the set names. A page is a keyset scan on {@code (datestamp, seq)}
 * (index {@code oai_record_page}); a set narrows it through the GIN index on {@code set_specs}, which holds every
 * set a record is in with its ancestors.
 */
@Repository
public class OaiRecordStore {

    /** One record as a response writes it; {@code payload} is the chosen format's, or null when not read. */
    public record OaiRecord(UUID versionId, String identifier, long seq, Instant datestamp, boolean deleted,
            List<String> setSpecs, String payload) {
    }

    /** What a list asks for: the window of datestamps (both inclusive), an optional set, and where the last page ended. */
    public record Selection(Instant from, Instant until, String set, Instant afterDatestamp, long afterSeq) {
    }

    private final JdbcClient jdbc;

    OaiRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts or replaces a version's record. A change takes a new place at the end of the harvest order, and the
     * datestamp never goes back; the same record sent again changes nothing.
     */
    public void upsert(UUID versionId, UUID datasetId, String identifier, Instant datestamp, boolean deleted,
            List<String> setSpecs, String oaiDc, String oaiDatacite) {
        jdbc.sql("""
                insert into datasets.oai_record (version_id, dataset_id, identifier, datestamp, deleted, set_specs, oai_dc, oai_datacite)
                values (:version, :dataset, :identifier, :datestamp, :deleted, :specs, :dc, :datacite)
                on conflict (version_id) do update set identifier = excluded.identifier,
                  seq = nextval('datasets.oai_record_seq'), datestamp = greatest(oai_record.datestamp, excluded.datestamp),
                  deleted = excluded.deleted, set_specs = excluded.set_specs, oai_dc = excluded.oai_dc,
                  oai_datacite = excluded.oai_datacite
                where (oai_record.identifier, oai_record.deleted, oai_record.set_specs, oai_record.oai_dc, oai_record.oai_datacite)
                  is distinct from (excluded.identifier, excluded.deleted, excluded.set_specs, excluded.oai_dc, excluded.oai_datacite)""")
                .param("version", versionId).param("dataset", datasetId).param("identifier", identifier)
                .param("datestamp", Timestamp.from(datestamp)).param("deleted", deleted)
                .param("specs", setSpecs.toArray(String[]::new)).param("dc", oaiDc).param("datacite", oaiDatacite).update();
    }

    /** Names a set, or renames it. */
    public void nameSet(String spec, String name) {
        jdbc.sql("""
                insert into datasets.oai_set (spec, name) values (:spec, :name)
                on conflict (spec) do update set name = excluded.name where oai_set.name <> excluded.name""")
                .param("spec", spec).param("name", name).update();
    }

    /** Names a set unless it has a name already (the hierarchy's top levels). */
    public void nameSetIfNew(String spec, String name) {
        jdbc.sql("insert into datasets.oai_set (spec, name) values (:spec, :name) on conflict (spec) do nothing")
                .param("spec", spec).param("name", name).update();
    }

    public List<String[]> sets() {
        return jdbc.sql("select spec, name from datasets.oai_set order by spec")
                .query((row, n) -> new String[] {row.getString("spec"), row.getString("name")}).list();
    }

    public boolean setExists(String spec) {
        return jdbc.sql("select exists (select 1 from datasets.oai_set where spec = :spec)").param("spec", spec)
                .query(Boolean.class).single();
    }

    public Optional<Instant> earliestDatestamp() {
        return Optional.ofNullable(jdbc.sql("select min(datestamp) from datasets.oai_record").query(Timestamp.class).single())
                .map(Timestamp::toInstant);
    }

    public Optional<OaiRecord> byIdentifier(String identifier, OaiFormat format) {
        return jdbc.sql("select version_id, identifier, seq, datestamp, deleted, set_specs, " + column(format)
                        + " as payload from datasets.oai_record where identifier = :identifier")
                .param("identifier", identifier).query(OaiRecordStore::record).optional();
    }

    public boolean exists(String identifier) {
        return jdbc.sql("select exists (select 1 from datasets.oai_record where identifier = :identifier)")
                .param("identifier", identifier).query(Boolean.class).single();
    }

    /** The next {@code limit} records after the selection's cursor, in harvest order; null format: headers only. */
    public List<OaiRecord> page(Selection selection, OaiFormat format, int limit) {
        return jdbc.sql(pageSql(selection, format == null ? "null" : column(format)))
                .param("afterDatestamp", Timestamp.from(selection.afterDatestamp())).param("afterSeq", selection.afterSeq())
                .param("until", Timestamp.from(selection.until()))
                .param("set", selection.set() == null ? "" : selection.set()).param("limit", limit)
                .query(OaiRecordStore::record).list();
    }

    /** How many records the selection holds in all (read once per list, at its first page). */
    public long count(Selection selection) {
        return jdbc.sql("select count(*) from datasets.oai_record where datestamp >= :from and datestamp <= :until"
                        + (selection.set() != null ? " and set_specs @> array[cast(:set as text)]" : ""))
                .param("from", Timestamp.from(selection.from())).param("until", Timestamp.from(selection.until()))
                .param("set", selection.set() == null ? "" : selection.set()).query(Long.class).single();
    }

    /** The query plan of a page (EXPLAIN, without running it), as the tests and the benchmark read it. */
    public List<String> explainPage(Selection selection, int limit) {
        return jdbc.sql("explain " + pageSql(selection, column(OaiFormat.OAI_DATACITE)))
                .param("afterDatestamp", Timestamp.from(selection.afterDatestamp())).param("afterSeq", selection.afterSeq())
                .param("until", Timestamp.from(selection.until()))
                .param("set", selection.set() == null ? "" : selection.set()).param("limit", limit)
                .query((row, n) -> row.getString(1)).list();
    }

    /** Takes fresh statistics, as autovacuum would after many writes. */
    public void analyze() {
        jdbc.sql("analyze datasets.oai_record").update();
    }

    /**
     * The page query. {@code from} needs no condition of its own (the first cursor is just before it); {@code until} is
     * left out when the list has none, so that the planner's estimate rests on the keyset condition alone.
     */
    private static String pageSql(Selection selection, String payload) {
        return "select version_id, identifier, seq, datestamp, deleted, set_specs, " + payload + " as payload"
                + " from datasets.oai_record where (datestamp, seq) > (:afterDatestamp, :afterSeq)"
                + (selection.until().isBefore(OaiArguments.LATEST) ? " and datestamp <= :until" : "")
                + (selection.set() != null ? " and set_specs @> array[cast(:set as text)]" : "")
                + " order by datestamp, seq limit :limit";
    }

    private static String column(OaiFormat format) {
        return switch (format) {
            case OAI_DC -> "oai_dc";
            case OAI_DATACITE -> "oai_datacite";
        };
    }

    private static OaiRecord record(ResultSet row, int n) throws SQLException {
        return new OaiRecord(Rows.uuid(row, "version_id"), row.getString("identifier"), row.getLong("seq"),
                Rows.instant(row, "datestamp"), row.getBoolean("deleted"), Rows.strings(row, "set_specs"),
                row.getString("payload"));
    }
}
