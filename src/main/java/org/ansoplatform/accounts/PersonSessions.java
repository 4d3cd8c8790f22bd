package org.ansoplatform.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in sessions of a person, found by Spring Session's principal name index (the email), so that a new
 * password shuts out at once whoever signed in with the old one, on every node.
 */
@Component
class PersonSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    PersonSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository;
    }

    /** Ends every session of this person's except, if asked, the one making the current request. */
    void end(String email, boolean exceptCurrent) {
        FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
        if (sessions == null) {
            return;
        }
        String current = exceptCurrent ? currentSessionId() : null;
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(current))
                .forEach(sessions::deleteById);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
