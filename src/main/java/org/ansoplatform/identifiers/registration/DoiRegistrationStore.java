package org.ansoplatform.identifiers.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ansoplatform.identifiers.DoiRegistration;
import org.ansoplatform.identifiers.RegistrationState;
import org.ansoplatform.identifiers.Visibility;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The DOI outbox, {@code identifiers.doi_registration}. */
@Repository
public class DoiRegistrationStore {

    private static final String COLUMNS = "doi, record, url, visibility, state, attempts, last_status, last_error, "
            + "next_attempt_at, registered_at";

    private final JdbcClient jdbc;

    DoiRegistrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The records whose DOI was created in {@code [from, to)}, whatever became of it since. */
    public List<RecordRef> reservedBetween(Instant from, Instant to) {
        return jdbc.sql("select record from identifiers.doi_registration where created_at >= :from and created_at < :to order by record")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((row, n) -> RecordRef.parse(row.getString("record"))).list();
    }

    /** The records whose DOI DataCite first registered in {@code [from, to)}. */
    public List<RecordRef> registeredBetween(Instant from, Instant to) {
        return jdbc.sql("""
                select record from identifiers.doi_registration
                where registered_at >= :from and registered_at < :to order by record""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((row, n) -> RecordRef.parse(row.getString("record"))).list();
    }

    /** Stores a new DOI for a record unless the record has one already; returns the record's DOI either way. */
    public Doi reserve(Doi doi, RecordRef record, Instant now) {
        jdbc.sql("""
                insert into identifiers.doi_registration (doi, record, visibility, state, created_at, updated_at)
                values (:doi, :record, :visibility, :state, :now, :now) on conflict (record) do nothing""")
                .param("doi", doi.value()).param("record", record.toString()).param("visibility", Visibility.DRAFT.name())
                .param("state", RegistrationState.DRAFT.name()).param("now", Timestamp.from(now)).update();
        return byRecord(record).orElseThrow().doi();
    }

    public Optional<DoiRegistration> byRecord(RecordRef record) {
        return jdbc.sql("select " + COLUMNS + " from identifiers.doi_registration where record = :record")
                .param("record", record.toString()).query(DoiRegistrationStore::map).optional();
    }

    public Optional<DoiRegistration> byDoi(Doi doi) {
        return jdbc.sql("select " + COLUMNS + " from identifiers.doi_registration where doi = :doi")
                .param("doi", doi.value()).query(DoiRegistrationStore::map).optional();
    }

    /**
     * New metadata to register: the revision moves on, so an answer to an earlier send cannot mark this one
     * registered; attempts start again. {@code nextAttemptAt} null keeps it a local draft.
     */
    public void update(Doi doi, String xml, String url, Visibility visibility, RegistrationState state, Instant nextAttemptAt,
            Instant now) {
        jdbc.sql("""
                update identifiers.doi_registration set metadata_xml = :xml, url = :url, visibility = :visibility, state = :state,
                       revision = revision + 1, attempts = 0, last_status = null, last_error = null,
                       next_attempt_at = :next, updated_at = :now
                where doi = :doi""")
                .param("xml", xml).param("url", url).param("visibility", visibility.name()).param("state", state.name())
                .param("next", nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt)).param("now", Timestamp.from(now))
                .param("doi", doi.value()).update();
    }

    /** A queued DOI due to be sent, as it is at this revision. */
    public record Pending(Doi doi, String xml, String url, Visibility visibility, int revision, boolean knownRemotely,
            int attempts) {
    }

    public List<Pending> due(Instant now, int limit) {
        return jdbc.sql("""
                select doi, metadata_xml, url, visibility, revision, known_remotely, attempts from identifiers.doi_registration
                where state = :queued and next_attempt_at <= :now order by next_attempt_at, doi limit :limit""")
                .param("queued", RegistrationState.QUEUED.name()).param("now", Timestamp.from(now)).param("limit", limit)
                .query((row, n) -> new Pending(new Doi(row.getString("doi")), row.getString("metadata_xml"), row.getString("url"),
                        Rows.enumValue(row, "visibility", Visibility.class), row.getInt("revision"), row.getBoolean("known_remotely"),
                        row.getInt("attempts")))
                .list();
    }

    /**
     * What one attempt gave. DataCite knows the DOI once any attempt succeeded; the state is written only if
     * no newer metadata arrived meanwhile (same revision), else the row stays queued for the newer one.
     */
    public void recordAttempt(Pending sent, RegistrationState state, Integer status, String error, Instant nextAttemptAt,
            boolean knownRemotely, Instant now) {
        jdbc.sql("""
                update identifiers.doi_registration set
                       known_remotely = known_remotely or :known,
                       attempts = case when revision = :revision then attempts + 1 else attempts end,
                       state = case when revision = :revision then :state else state end,
                       last_status = case when revision = :revision then :status else last_status end,
                       last_error = case when revision = :revision then :error else last_error end,
                       next_attempt_at = case when revision = :revision then :next else next_attempt_at end,
                       registered_at = coalesce(registered_at, case when revision = :revision and :state = :registered then cast(:now as timestamptz) end),
                       updated_at = :now
                where doi = :doi""")
                .param("known", knownRemotely).param("revision", sent.revision()).param("state", state.name())
                .param("status", status).param("error", error)
                .param("next", nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt))
                .param("registered", RegistrationState.REGISTERED.name()).param("now", Timestamp.from(now))
                .param("doi", sent.doi().value()).update();
    }

    /** Puts a failed registration back in the queue, for when a person has fixed its cause. */
    public boolean requeue(Doi doi, Instant now) {
        return jdbc.sql("""
                update identifiers.doi_registration set state = :queued, attempts = 0, next_attempt_at = :now, updated_at = :now
                where doi = :doi and state = :failed""")
                .param("queued", RegistrationState.QUEUED.name()).param("failed", RegistrationState.FAILED.name())
                .param("now", Timestamp.from(now)).param("doi", doi.value()).update() == 1;
    }

    private static DoiRegistration map(ResultSet row, int n) throws SQLException {
        return new DoiRegistration(new Doi(row.getString("doi")), RecordRef.parse(row.getString("record")), row.getString("url"),
                Rows.enumValue(row, "visibility", Visibility.class), Rows.enumValue(row, "state", RegistrationState.class),
                row.getInt("attempts"), Rows.integer(row, "last_status"), row.getString("last_error"),
                Rows.instant(row, "next_attempt_at"), Rows.instant(row, "registered_at"));
    }
}
