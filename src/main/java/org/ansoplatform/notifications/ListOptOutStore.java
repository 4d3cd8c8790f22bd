package org.ansoplatform.notifications;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who asked to receive no more of a list's mail ({@code notifications.list_opt_out}). */
@Repository
class ListOptOutStore {

    private final JdbcClient jdbc;

    ListOptOutStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the address had not yet opted out of the list. */
    boolean add(String list, String address, Instant at) {
        return jdbc.sql("""
                insert into notifications.list_opt_out (address, list, created_at) values (:address, :list, :at)
                on conflict do nothing""")
                .param("address", address).param("list", list).param("at", Timestamp.from(at)).update() == 1;
    }

    boolean contains(String list, String address) {
        return jdbc.sql("select count(*) from notifications.list_opt_out where address = :address and list = :list")
                .param("address", address).param("list", list).query(Long.class).single() > 0;
    }
}
