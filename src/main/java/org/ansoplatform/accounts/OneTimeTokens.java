package org.ansoplatform.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use, expiring links. The database keeps only a hash, and spends a token at most once. */
@Repository
class OneTimeTokens {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, INVITATION }

    /** Why a link could not be used, for the message the person reads. */
    enum Failure { UNKNOWN, USED, EXPIRED }

    record Spent(UUID personId, Failure failure) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OneTimeTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issue(UUID personId, Purpose purpose, Duration validity) {
        String secret = Secrets.generate();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into accounts.one_time_token (id, person_id, purpose, token_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), personId, purpose.name(), Secrets.hash(secret), ts(now), ts(now.plus(validity)))
                .update();
        return secret;
    }

    /** The person the link belongs to, if it is still good; read without spending it. */
    Spent check(String secret, Purpose purpose) {
        return find(secret, purpose);
    }

    /** Spends the link: of two concurrent uses, exactly one succeeds. */
    Spent spend(String secret, Purpose purpose) {
        Spent found = find(secret, purpose);
        if (found.failure() != null) {
            return found;
        }
        int updated = jdbc.sql("""
                update accounts.one_time_token set used_at = ?
                where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
                .params(ts(clock.instant()), Secrets.hash(secret), purpose.name(), ts(clock.instant()))
                .update();
        return updated == 1 ? found : new Spent(null, Failure.USED);
    }

    /** Older links of the same kind stop working once a newer one is used. */
    void retireOthers(UUID personId, Purpose purpose) {
        jdbc.sql("update accounts.one_time_token set used_at = ? where person_id = ? and purpose = ? and used_at is null")
                .params(ts(clock.instant()), personId, purpose.name())
                .update();
    }

    private Spent find(String secret, Purpose purpose) {
        if (secret == null || secret.isBlank()) {
            return new Spent(null, Failure.UNKNOWN);
        }
        Optional<Spent> row = jdbc.sql("""
                select person_id, used_at, expires_at from accounts.one_time_token
                where token_hash = ? and purpose = ?""")
                .params(Secrets.hash(secret), purpose.name())
                .query((rs, n) -> {
                    UUID person = rs.getObject("person_id", UUID.class);
                    if (rs.getTimestamp("used_at") != null) {
                        return new Spent(person, Failure.USED);
                    }
                    if (!rs.getTimestamp("expires_at").toInstant().isAfter(clock.instant())) {
                        return new Spent(person, Failure.EXPIRED);
                    }
                    return new Spent(person, null);
                })
                .optional();
        return row.orElse(new Spent(null, Failure.UNKNOWN));
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }
}
