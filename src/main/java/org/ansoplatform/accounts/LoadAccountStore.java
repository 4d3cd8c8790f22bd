package org.ansoplatform.accounts;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes load-test accounts in batches (demo mode only): the person, the APPLICANT role and a fresh API token
 * named {@link DemoLoadAccounts#TOKEN_NAME}, replacing that person's previous one.
 */
@Repository
class LoadAccountStore {

    /** One account to write; the token is already hashed. */
    record LoadAccount(UUID id, String email, String displayName, String tokenHash, String tokenPrefix) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    LoadAccountStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<LoadAccount> accounts, String tokenName, Timestamp at) {
        SqlParameterSource[] rows = accounts.stream()
                .map(account -> new MapSqlParameterSource()
                        .addValue("id", account.id()).addValue("email", account.email())
                        .addValue("name", account.displayName()).addValue("at", at)
                        .addValue("status", PersonStatus.ACTIVE.name()).addValue("role", Role.APPLICANT.name())
                        .addValue("tokenId", UUID.randomUUID()).addValue("tokenName", tokenName)
                        .addValue("hash", account.tokenHash()).addValue("prefix", account.tokenPrefix()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into accounts.person (id, email, display_name, password_hash, status, language, created_at, email_verified_at, version)
                values (:id, :email, :name, null, :status, 'en', :at, :at, 0) on conflict do nothing""", rows);
        jdbc.batchUpdate("insert into accounts.person_role (person_id, role) values (:id, :role) on conflict do nothing", rows);
        jdbc.batchUpdate("delete from accounts.api_token where person_id = :id and name = :tokenName", rows);
        jdbc.batchUpdate("""
                insert into accounts.api_token (id, person_id, name, token_hash, prefix, created_at)
                values (:tokenId, :id, :tokenName, :hash, :prefix, :at)""", rows);
    }

    /**
     * Demo applicants' accounts, all with one password hash, written in batches (no hashing per account, no
     * events); an id or email already taken is left as it is.
     */
    void writeDemoApplicants(List<org.ansoplatform.platform.DemoApplicantsCreated.Applicant> applicants, String passwordHash,
            Timestamp at) {
        SqlParameterSource[] rows = applicants.stream()
                .map(applicant -> new MapSqlParameterSource()
                        .addValue("id", applicant.id()).addValue("email", applicant.email())
                        .addValue("name", applicant.displayName()).addValue("at", at).addValue("hash", passwordHash)
                        .addValue("status", PersonStatus.ACTIVE.name()).addValue("role", Role.APPLICANT.name()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into accounts.person (id, email, display_name, password_hash, status, language, created_at, email_verified_at, version)
                values (:id, :email, :name, :hash, :status, 'en', :at, :at, 0) on conflict do nothing""", rows);
        jdbc.batchUpdate("""
                insert into accounts.person_role (person_id, role) select :id, :role
                where exists (select 1 from accounts.person where id = :id) on conflict do nothing""", rows);
    }

    /** Outside demo mode: the demo applicants' shared, published password no longer signs anyone in. */
    int retireSharedPassword(String passwordHash) {
        return jdbc.update("update accounts.person set password_hash = null where password_hash = :hash",
                new MapSqlParameterSource("hash", passwordHash));
    }
}
