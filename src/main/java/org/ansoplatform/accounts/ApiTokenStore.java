package org.ansoplatform.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.ApiTokenScope;
import org.ansoplatform.platform.LinkSecrets;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens: shown once at creation, stored as a SHA-256 hash, revocable. */
@Repository
class ApiTokenStore {

    static final String PREFIX = "anso_";

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokenStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Created(UUID id, String secret) {
    }

    Created create(UUID personId, String name, ApiTokenScope scope, Instant expiresAt) {
        String secret = newSecret();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into accounts.api_token (id, person_id, name, token_hash, prefix, created_at, scope, expires_at)
                values (:id, :person, :name, :hash, :prefix, :at, :scope, :expires)""")
                .param("id", id).param("person", personId).param("name", name).param("hash", LinkSecrets.hash(secret))
                .param("prefix", shownPrefix(secret)).param("at", Timestamp.from(clock.instant()))
                .param("scope", scope.name()).param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        return new Created(id, secret);
    }

    List<AccountQueries.ApiTokenView> of(UUID personId) {
        return jdbc.sql("""
                select id, name, prefix, scope, created_at, last_used_at, revoked_at, expires_at,
                       revoked_at is null and (expires_at is null or expires_at > :now) as active
                from accounts.api_token where person_id = :person order by created_at desc""")
                .param("person", personId).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> {
                    Instant expiresAt = Rows.instant(rs, "expires_at");
                    return new AccountQueries.ApiTokenView(Rows.uuid(rs, "id"), rs.getString("name"),
                            rs.getString("prefix"), Rows.enumValue(rs, "scope", ApiTokenScope.class),
                            Rows.instant(rs, "created_at"), Rows.instant(rs, "last_used_at"), Rows.instant(rs, "revoked_at"),
                            expiresAt == null ? null : LocalDate.ofInstant(expiresAt.minusSeconds(1), ZoneOffset.UTC),
                            rs.getBoolean("active"));
                })
                .list();
    }

    /** Revokes a token of this person's; false if there is no such live token of theirs. */
    boolean revoke(UUID personId, UUID tokenId) {
        return jdbc.sql("""
                update accounts.api_token set revoked_at = :at
                where id = :id and person_id = :person and revoked_at is null""")
                .param("at", Timestamp.from(clock.instant())).param("id", tokenId).param("person", personId)
                .update() == 1;
    }

    /** Revokes every live token of this person's; how many there were. */
    int revokeAll(UUID personId) {
        return jdbc.sql("update accounts.api_token set revoked_at = :at where person_id = :person and revoked_at is null")
                .param("at", Timestamp.from(clock.instant())).param("person", personId).update();
    }

    /** A token's owner, as Spring Security sees them, and the token's scope. */
    record Use(PersonDetails person, ApiTokenScope scope) {
    }

    /**
     * The active owner of a live, unexpired token with their roles, noting the token's use: one statement, because
     * every API call runs it.
     */
    Optional<Use> use(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        // last use is written at most once a minute, so that a script's burst of calls reads without writing
        var now = clock.instant();
        return jdbc.sql("""
                with token as (
                    select id, person_id, last_used_at, scope from accounts.api_token
                    where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)),
                touched as (
                    update accounts.api_token t set last_used_at = :now from token
                    where t.id = token.id and (token.last_used_at is null or token.last_used_at < :staleBefore))
                select p.id, p.email, p.display_name, p.status, token.scope,
                       array(select r.role from accounts.person_role r where r.person_id = p.id) as roles
                from token join accounts.person p on p.id = token.person_id
                where p.status = :active""")
                .param("hash", LinkSecrets.hash(secret)).param("now", Timestamp.from(now))
                .param("staleBefore", Timestamp.from(now.minusSeconds(60))).param("active", PersonStatus.ACTIVE.name())
                .query((rs, n) -> {
                    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
                    for (String role : (String[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf(role));
                    }
                    return new Use(new PersonDetails(Rows.uuid(rs, "id"), rs.getString("email"), rs.getString("display_name"),
                            Rows.enumValue(rs, "status", PersonStatus.class), roles),
                            Rows.enumValue(rs, "scope", ApiTokenScope.class));
                })
                .optional();
    }

    /** A fresh token's secret: the prefix that marks it as ours, then a link secret. */
    static String newSecret() {
        return PREFIX + LinkSecrets.newSecret();
    }

    /** What the token list shows of a secret, to tell tokens apart. */
    static String shownPrefix(String secret) {
        return secret.substring(0, 10);
    }
}
