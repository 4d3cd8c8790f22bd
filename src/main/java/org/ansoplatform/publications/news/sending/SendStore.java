package org.ansoplatform.publications.news.sending;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.publications.NewsletterStatus;
import org.ansoplatform.publications.news.SubscriberStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of sendings ({@code publications.newsletter_send}): one row per newsletter and confirmed subscriber,
 * written in one statement; claimed a batch at a time; each row marked sent after its message was accepted.
 */
@Repository
public class SendStore {

    /** One message due: whom, in which language; {@code inDoubt} when an earlier claim of it was never marked sent. */
    public record Due(UUID newsletterId, UUID subscriberId, String email, String language, boolean inDoubt, UUID claim) {
    }

    private final JdbcClient jdbc;

    SendStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outbox rows of a newsletter: every subscriber confirmed now, in one statement; returns how many. */
    public int enqueue(UUID newsletterId) {
        return jdbc.sql("""
                insert into publications.newsletter_send (newsletter_id, subscriber_id, language)
                select :newsletter, s.id, s.language from publications.subscriber s where s.status = :confirmed
                on conflict do nothing""")
                .param("newsletter", newsletterId).param("confirmed", SubscriberStatus.CONFIRMED.name()).update();
    }

    /**
     * Claims up to {@code limit} unsent rows of newsletters being sent (oldest sending first, then by subscriber),
     * skipping rows another transaction holds and rows another sender claimed since {@code leaseStart}, and stamps them
     * attempted. A subscriber who unsubscribed since the
     * sending started gets no message: their unsent rows are removed first.
     */
    public List<Due> claim(int limit, Instant at, Instant leaseStart) {
        UUID claim = UUID.randomUUID();
        jdbc.sql("""
                delete from publications.newsletter_send d using publications.subscriber s
                where d.subscriber_id = s.id and d.sent_at is null and s.status <> :confirmed""")
                .param("confirmed", SubscriberStatus.CONFIRMED.name()).update();
        return jdbc.sql("""
                with due as (
                  select d.newsletter_id, d.subscriber_id, d.attempted_at as previous from publications.newsletter_send d
                  join publications.newsletter n on n.id = d.newsletter_id
                  where d.sent_at is null and d.failed_at is null and n.status = :sending
                    and (d.attempted_at is null or d.attempted_at < :lease)
                  order by n.send_started_at, d.newsletter_id, d.subscriber_id
                  limit :limit for update of d skip locked)
                update publications.newsletter_send d set attempted_at = :at, claim = :claim
                from due, publications.subscriber s
                where d.newsletter_id = due.newsletter_id and d.subscriber_id = due.subscriber_id and s.id = d.subscriber_id
                returning d.newsletter_id, d.subscriber_id, s.email, d.language, due.previous is not null as in_doubt""")
                .param("sending", NewsletterStatus.SENDING.name()).param("limit", limit).param("at", Timestamp.from(at))
                .param("lease", Timestamp.from(leaseStart)).param("claim", claim)
                .query((row, n) -> new Due(Rows.uuid(row, "newsletter_id"), Rows.uuid(row, "subscriber_id"),
                        row.getString("email"), row.getString("language"), row.getBoolean("in_doubt"), claim))
                .list().stream().sorted(java.util.Comparator.comparing(Due::subscriberId)).toList();
    }

    /**
     * Takes one claimed row just before its message is handed over: renews its lease, and answers false when another
     * sender claimed it since (this one's lease ran out) or it was sent, so that this sender leaves it alone.
     */
    public boolean take(Due due, Instant at) {
        return jdbc.sql("""
                update publications.newsletter_send set attempted_at = :at
                where newsletter_id = :newsletter and subscriber_id = :subscriber and claim = :claim and sent_at is null""")
                .param("newsletter", due.newsletterId()).param("subscriber", due.subscriberId()).param("claim", due.claim())
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** Records that the SMTP server refused the recipient for good: the row is done, never tried again. */
    public void fail(UUID newsletterId, UUID subscriberId, String reason, Instant at) {
        jdbc.sql("""
                update publications.newsletter_send set failed_at = :at, failure = :reason
                where newsletter_id = :newsletter and subscriber_id = :subscriber and sent_at is null""")
                .param("newsletter", newsletterId).param("subscriber", subscriberId)
                .param("reason", reason == null ? "" : reason.length() > 500 ? reason.substring(0, 500) : reason)
                .param("at", Timestamp.from(at)).update();
    }

    /** Marks one message sent; false when it already was. */
    public boolean markSent(UUID newsletterId, UUID subscriberId, Instant at) {
        return jdbc.sql("""
                update publications.newsletter_send set sent_at = :at
                where newsletter_id = :newsletter and subscriber_id = :subscriber and sent_at is null""")
                .param("newsletter", newsletterId).param("subscriber", subscriberId).param("at", Timestamp.from(at)).update() == 1;
    }

    /** Messages sent in the year (the figures). */
    public long sentIn(int year) {
        return jdbc.sql("select count(*) from publications.newsletter_send where sent_at >= :from and sent_at < :to")
                .param("from", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("to", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query(Long.class).single();
    }
}
