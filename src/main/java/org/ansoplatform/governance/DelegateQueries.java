package org.ansoplatform.governance;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Governance's narrow view for other modules (`governance :: delegates`): whom a person speaks for. */
@Service
@Transactional(readOnly = true)
@NamedInterface("delegates")
public class DelegateQueries {

    private final JdbcClient jdbc;

    DelegateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member organization this person is the delegate of now, if any. */
    public Optional<UUID> organizationOf(UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select organization_id from governance.delegate where person_id = :person and until is null")
                .param("person", personId).query(UUID.class).optional();
    }
}
