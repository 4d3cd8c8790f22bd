package org.ansoplatform.calls.packets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.intake.ApplicationFilterSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications of a filtered list whose packets go into one zip: exactly the list's rows, through its where-clause. */
@Repository
class PacketQueries {

    private final JdbcClient jdbc;

    PacketQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(UUID callId, Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = ApplicationFilterSql.where(callId, filter, parameters);
        return jdbc.sql("select count(*) from calls.application a " + where).params(parameters).query(Long.class).single();
    }

    List<UUID> ids(UUID callId, Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = ApplicationFilterSql.where(callId, filter, parameters);
        return jdbc.sql("select a.id from calls.application a " + where + " order by a.reference, a.id").params(parameters)
                .query(UUID.class).list();
    }
}
