package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** An organization took back, unused, the vote it had given for a whole session. Audited as {@code governance.sessionProxyRevoked}. */
public record SessionProxyRevoked(UUID sessionId, UUID giverId, Actor actor) implements SessionEvent {

    @Override
    public String action() {
        return "governance.sessionProxyRevoked";
    }

    @Override
    public String detail() {
        return giverId.toString();
    }
}
