package org.ansoplatform.datasets.deposit;

import java.sql.Timestamp;
import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The access requests' rows. */
@Repository
class AccessRequestStore {

    private final JdbcClient jdbc;

    AccessRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID versionId, UUID personId, String reason, Actor actor) {
        jdbc.sql("""
                insert into datasets.dataset_access_request (id, version_id, person_id, reason, status, created_at)
                values (:id, :version, :person, :reason, :status, :at)""")
                .param("id", id).param("version", versionId).param("person", personId).param("reason", reason)
                .param("status", AccessRequestStatus.ASKED.name()).param("at", Timestamp.from(actor.at())).update();
    }

    int answer(UUID datasetId, UUID requestId, AccessRequestStatus status, String answer, Actor actor) {
        return jdbc.sql("""
                update datasets.dataset_access_request r set status = :status, answer = :answer, answered_at = :at
                from datasets.dataset_version v
                where r.id = :id and v.id = r.version_id and v.dataset_id = :dataset and r.status = :asked""")
                .param("status", status.name()).param("answer", answer).param("at", Timestamp.from(actor.at()))
                .param("id", requestId).param("dataset", datasetId).param("asked", AccessRequestStatus.ASKED.name()).update();
    }
}
