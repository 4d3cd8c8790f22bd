package org.ansoplatform.accounts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.PersonOrcids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ORCID iD column of a person, outside the Person aggregate: the aggregate's saves never touch it, so a
 * rename or a password change cannot overwrite an iD set a moment before.
 */
@Repository
class PersonOrcidStore implements PersonOrcids {

    private final JdbcClient jdbc;

    PersonOrcidStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, OrcidId> of(Collection<UUID> personIds) {
        Map<UUID, OrcidId> found = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, orcid from accounts.person where id = any (:ids) and orcid is not null")
                .param("ids", personIds.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    if (OrcidId.isValid(rs.getString("orcid"))) {
                        found.put(Rows.uuid(rs, "id"), OrcidId.parse(rs.getString("orcid")));
                    }
                });
        return found;
    }

    /** @return false when there is no such person */
    boolean set(UUID personId, OrcidId orcid) {
        return jdbc.sql("update accounts.person set orcid = :orcid where id = :id")
                .param("orcid", orcid == null ? null : orcid.value()).param("id", personId).update() > 0;
    }
}
