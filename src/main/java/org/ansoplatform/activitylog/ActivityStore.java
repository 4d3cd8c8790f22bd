package org.ansoplatform.activitylog;

import java.sql.Timestamp;
import java.time.Instant;

import org.ansoplatform.shared.AuditedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends entries to {@code activitylog.entry}; it has no statement that changes or removes one. */
@Repository
class ActivityStore {

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(AuditedEvent event, Instant at, String detail) {
        var actor = event.actor();
        jdbc.sql("""
                insert into activitylog.entry (occurred_at, actor_id, actor_name, address, action, record_type, record_id, detail)
                values (:at, :actorId, :actorName, :address, :action, :recordType, :recordId, :detail)""")
                .param("at", Timestamp.from(at)).param("actorId", actor.personId())
                .param("actorName", actor.name() == null ? "system" : actor.name()).param("address", actor.address())
                .param("action", event.action()).param("recordType", event.recordType())
                .param("recordId", event.recordId()).param("detail", detail)
                .update();
    }
}
