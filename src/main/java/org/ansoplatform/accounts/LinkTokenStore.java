package org.ansoplatform.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.LinkSecrets;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use, expiring links. The database keeps only a hash, and spends a token at most once. Expiry is decided
 * by the platform clock, not the database's.
 */
@Repository
class LinkTokenStore {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, INVITATION }

    /** Why a link could not be used, for the message the person reads. */
    enum Failure { UNKNOWN, USED, EXPIRED }

    record Spent(UUID personId, Failure failure) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LinkTokenStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issue(UUID personId, Purpose purpose, Duration validity) {
        String secret = LinkSecrets.newSecret();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into accounts.one_time_token (id, person_id, purpose, token_hash, created_at, expires_at)
                values (:id, :person, :purpose, :hash, :createdAt, :expiresAt)""")
                .param("id", UUID.randomUUID()).param("person", personId).param("purpose", purpose.name())
                .param("hash", LinkSecrets.hash(secret)).param("createdAt", ts(now)).param("expiresAt", ts(now.plus(validity)))
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
                update accounts.one_time_token set used_at = :now
                where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
                .param("now", ts(clock.instant())).param("hash", LinkSecrets.hash(secret)).param("purpose", purpose.name())
                .update();
        return updated == 1 ? found : new Spent(null, Failure.USED);
    }

    /** Older links of the same kind stop working once a newer one is used. */
    void retireOthers(UUID personId, Purpose purpose) {
        jdbc.sql("""
                update accounts.one_time_token set used_at = :now
                where person_id = :person and purpose = :purpose and used_at is null""")
                .param("now", ts(clock.instant())).param("person", personId).param("purpose", purpose.name())
                .update();
    }

    private Spent find(String secret, Purpose purpose) {
        if (secret == null || secret.isBlank()) {
            return new Spent(null, Failure.UNKNOWN);
        }
        Optional<Spent> row = jdbc.sql("""
                select person_id, used_at, expires_at from accounts.one_time_token
                where token_hash = :hash and purpose = :purpose""")
                .param("hash", LinkSecrets.hash(secret)).param("purpose", purpose.name())
                .query((rs, n) -> {
                    UUID person = Rows.uuid(rs, "person_id");
                    if (Rows.instant(rs, "used_at") != null) {
                        return new Spent(person, Failure.USED);
                    }
                    if (!Rows.instant(rs, "expires_at").isAfter(clock.instant())) {
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
