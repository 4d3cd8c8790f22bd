package org.ansoplatform.organizations.demo;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Marks demo organizations the seeds do not name, so that the Annual Report says a figure counts illustrative records. */
@Repository
public class DemoOrganizationStore {

    private final JdbcClient jdbc;

    DemoOrganizationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void markIllustrative(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update organizations.organization set illustrative = true where id in (:ids)").param("ids", ids).update();
        }
    }
}
