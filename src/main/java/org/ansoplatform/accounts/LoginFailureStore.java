package org.ansoplatform.accounts;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code accounts.login_failure}: one per failed sign-in, by email and by address. */
@Repository
class LoginFailureStore {

    private final JdbcClient jdbc;

    LoginFailureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countByEmail(String email, Instant since) {
        return jdbc.sql("select count(*) from accounts.login_failure where email = :email and at > :since")
                .param("email", email).param("since", Timestamp.from(since)).query(Long.class).single();
    }

    long countByAddress(String address, Instant since) {
        return jdbc.sql("select count(*) from accounts.login_failure where address = :address and at > :since")
                .param("address", address).param("since", Timestamp.from(since)).query(Long.class).single();
    }

    /** Records a failure and forgets those older than {@code forgetBefore}, so the table stays small. */
    void record(String email, String address, Instant at, Instant forgetBefore) {
        jdbc.sql("insert into accounts.login_failure (email, address, at) values (:email, :address, :at)")
                .param("email", email).param("address", address).param("at", Timestamp.from(at)).update();
        jdbc.sql("delete from accounts.login_failure where at < :before").param("before", Timestamp.from(forgetBefore)).update();
    }

    void clear(String email) {
        jdbc.sql("delete from accounts.login_failure where email = :email").param("email", email).update();
    }
}
