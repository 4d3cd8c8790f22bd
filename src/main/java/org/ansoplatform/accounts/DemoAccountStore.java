package org.ansoplatform.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The emails of the demo accounts other modules added, each with the published password. */
@Repository
class DemoAccountStore {

    private final JdbcClient jdbc;

    DemoAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String email, Instant at) {
        jdbc.sql("insert into accounts.demo_account (email, added_at) values (:email, :at) on conflict do nothing")
                .param("email", email).param("at", Timestamp.from(at)).update();
    }

    List<String> emails() {
        return jdbc.sql("select email from accounts.demo_account order by email").query(String.class).list();
    }
}
