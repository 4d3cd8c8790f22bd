package org.ansoplatform.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens: shown once at creation, stored as a SHA-256 hash, revocable. */
@Repository
class ApiTokens {

    static final String PREFIX = "anso_";

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Created(UUID id, String secret) {
    }

    Created create(UUID personId, String name) {
        String secret = PREFIX + Secrets.generate();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into accounts.api_token (id, person_id, name, token_hash, prefix, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, personId, name, Secrets.hash(secret), secret.substring(0, 10), Timestamp.from(clock.instant()))
                .update();
        return new Created(id, secret);
    }

    List<AccountQueries.ApiTokenView> of(UUID personId) {
        return jdbc.sql("""
                select id, name, prefix, created_at, last_used_at, revoked_at from accounts.api_token
                where person_id = ? order by created_at desc""")
                .param(personId)
                .query((rs, n) -> new AccountQueries.ApiTokenView(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("prefix"), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes a token of this person's; false if there is no such live token of theirs. */
    boolean revoke(UUID personId, UUID tokenId) {
        return jdbc.sql("update accounts.api_token set revoked_at = ? where id = ? and person_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), tokenId, personId)
                .update() == 1;
    }

    /**
     * The active owner of a live token with their roles, noting the token's use: one statement, because
     * every API call runs it.
     */
    Optional<PersonDetails> use(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        // last use is written at most once a minute, so that a script's burst of calls reads without writing
        var now = clock.instant();
        return jdbc.sql("""
                with token as (
                    select id, person_id, last_used_at from accounts.api_token where token_hash = ? and revoked_at is null),
                touched as (
                    update accounts.api_token t set last_used_at = ? from token
                    where t.id = token.id and (token.last_used_at is null or token.last_used_at < ?))
                select p.id, p.email, p.display_name, p.status,
                       array(select r.role from accounts.person_role r where r.person_id = p.id) as roles
                from token join accounts.person p on p.id = token.person_id
                where p.status = 'ACTIVE'""")
                .params(Secrets.hash(secret), Timestamp.from(now), Timestamp.from(now.minusSeconds(60)))
                .query((rs, n) -> {
                    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
                    for (String role : (String[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf(role));
                    }
                    return new PersonDetails(rs.getObject("id", UUID.class), rs.getString("email"),
                            rs.getString("display_name"), PersonStatus.valueOf(rs.getString("status")), roles);
                })
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
