package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/**
 * An organization gave its vote on every motion of a session that allows proxies to another organization.
 * Audited as {@code governance.sessionProxyGiven}.
 */
public record SessionProxyGranted(UUID sessionId, UUID giverId, UUID holderId, Actor actor) implements SessionEvent {

    @Override
    public String action() {
        return "governance.sessionProxyGiven";
    }

    @Override
    public String detail() {
        return giverId + " -> " + holderId;
    }
}
