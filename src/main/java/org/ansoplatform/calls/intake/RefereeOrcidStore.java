package org.ansoplatform.calls.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.OrcidId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ORCID iDs referees gave with their letters. */
@Repository
class RefereeOrcidStore {

    private final JdbcClient jdbc;

    RefereeOrcidStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void set(UUID refereeId, OrcidId orcid) {
        jdbc.sql("update calls.referee set orcid = :orcid where id = :id")
                .param("orcid", orcid == null ? null : orcid.value()).param("id", refereeId).update();
    }

    /** The iDs of the application's referees who gave one, by referee id. */
    Map<UUID, OrcidId> ofApplication(UUID applicationId) {
        Map<UUID, OrcidId> found = new LinkedHashMap<>();
        jdbc.sql("select id, orcid from calls.referee where application_id = :id and orcid is not null order by invited_at, id")
                .param("id", applicationId)
                .query(rs -> {
                    if (OrcidId.isValid(rs.getString("orcid"))) {
                        found.put(Rows.uuid(rs, "id"), OrcidId.parse(rs.getString("orcid")));
                    }
                });
        return found;
    }
}
