package org.ansoplatform.governance.demo;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo history's marks: the seats, applications and associations the seeds do not name are illustrative. */
@Repository
class DemoGovernanceStore {

    private final JdbcClient jdbc;

    DemoGovernanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> seatedOnBoard() {
        return jdbc.sql("select organization_id from governance.seat where body = 'BOARD'").query(UUID.class).list();
    }

    void markSeats(Collection<UUID> ids) {
        mark("governance.seat", ids);
    }

    void markApplications(Collection<UUID> ids) {
        mark("governance.application", ids);
    }

    void markAssociations(Collection<UUID> ids) {
        mark("governance.association", ids);
    }

    private void mark(String table, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update " + table + " set illustrative = true where id in (:ids)").param("ids", ids).update();
        }
    }
}
