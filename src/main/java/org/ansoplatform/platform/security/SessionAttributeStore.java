package org.ansoplatform.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How Spring Session writes a session's attributes. Two requests of one session that each add the same attribute
 * (a flash message, a saved request) both insert it, and the second insert failed on the primary key after the
 * request's own work had committed: a 500 for work that was done. Here an insert of an attribute that exists
 * replaces it (last writer wins, as for an update), and one for a session ended meanwhile writes nothing.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeStore {

    static final String CREATE_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            SELECT V.ID, V.NAME, V.BYTES FROM (VALUES (?, ?, ?)) AS V (ID, NAME, BYTES)
            WHERE EXISTS (SELECT 1 FROM %TABLE_NAME% S WHERE S.PRIMARY_ID = V.ID)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
        return repository -> repository.setCreateSessionAttributeQuery(CREATE_ATTRIBUTE);
    }
}
