package org.ansoplatform.publications.news;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscribers to the newsletter: an email, a language and where they stand in double opt-in. */
@Repository
public class SubscriberStore {

    /** One subscriber as the module's commands read it. */
    public record Subscriber(UUID id, String email, String language, SubscriberStatus status, Instant confirmedAt) {
    }

    private final JdbcClient jdbc;

    SubscriberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Subscriber> byEmail(String email) {
        return jdbc.sql("select * from publications.subscriber where lower(email) = lower(:email) for update")
                .param("email", email).query((row, n) -> new Subscriber(Rows.uuid(row, "id"), row.getString("email"),
                        row.getString("language"), Rows.enumValue(row, "status", SubscriberStatus.class),
                        Rows.instant(row, "confirmed_at"))).optional();
    }

    public Optional<Subscriber> byId(UUID id) {
        return jdbc.sql("select * from publications.subscriber where id = :id for update").param("id", id)
                .query((row, n) -> new Subscriber(Rows.uuid(row, "id"), row.getString("email"), row.getString("language"),
                        Rows.enumValue(row, "status", SubscriberStatus.class), Rows.instant(row, "confirmed_at"))).optional();
    }

    /** A subscriber, read without a lock. */
    public Optional<Subscriber> find(UUID id) {
        return jdbc.sql("select * from publications.subscriber where id = :id").param("id", id)
                .query((row, n) -> new Subscriber(Rows.uuid(row, "id"), row.getString("email"), row.getString("language"),
                        Rows.enumValue(row, "status", SubscriberStatus.class), Rows.instant(row, "confirmed_at"))).optional();
    }

    public Optional<Subscriber> byConfirmHash(String hash) {
        return jdbc.sql("select * from publications.subscriber where confirm_hash = :hash for update").param("hash", hash)
                .query((row, n) -> new Subscriber(Rows.uuid(row, "id"), row.getString("email"), row.getString("language"),
                        Rows.enumValue(row, "status", SubscriberStatus.class), Rows.instant(row, "confirmed_at"))).optional();
    }

    public void insert(UUID id, String email, String language, String confirmHash, Instant at) {
        jdbc.sql("""
                insert into publications.subscriber (id, email, language, status, confirm_hash, requested_at)
                values (:id, :email, :language, :status, :hash, :at)""")
                .param("id", id).param("email", email).param("language", language).param("status", SubscriberStatus.PENDING.name())
                .param("hash", confirmHash).param("at", Timestamp.from(at)).update();
    }

    /** Asks again (a pending or an unsubscribed address): a new link, the language chosen now. */
    public void renew(UUID id, String language, String confirmHash, Instant at) {
        jdbc.sql("""
                update publications.subscriber set language = :language, status = :status, confirm_hash = :hash,
                  requested_at = :at, confirmed_at = null, unsubscribed_at = null where id = :id""")
                .param("id", id).param("language", language).param("status", SubscriberStatus.PENDING.name())
                .param("hash", confirmHash).param("at", Timestamp.from(at)).update();
    }

    public void language(UUID id, String language) {
        jdbc.sql("update publications.subscriber set language = :language where id = :id").param("id", id).param("language", language).update();
    }

    public void confirm(UUID id, Instant at) {
        jdbc.sql("update publications.subscriber set status = :status, confirmed_at = :at where id = :id")
                .param("id", id).param("status", SubscriberStatus.CONFIRMED.name()).param("at", Timestamp.from(at)).update();
    }

    public void unsubscribe(UUID id, Instant at) {
        jdbc.sql("update publications.subscriber set status = :status, unsubscribed_at = :at where id = :id")
                .param("id", id).param("status", SubscriberStatus.UNSUBSCRIBED.name()).param("at", Timestamp.from(at)).update();
    }

    /** Counts by status now, for the editors. */
    public long count(SubscriberStatus status) {
        return jdbc.sql("select count(*) from publications.subscriber where status = :status").param("status", status.name())
                .query(Long.class).single();
    }

    /** Subscribers confirmed at the end of the year and not unsubscribed by then (the figures). */
    public long confirmedAtEndOf(int year) {
        Timestamp end = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return jdbc.sql("""
                select count(*) from publications.subscriber
                where confirmed_at < :end and (unsubscribed_at is null or unsubscribed_at >= :end)""")
                .param("end", end).query(Long.class).single();
    }
}
