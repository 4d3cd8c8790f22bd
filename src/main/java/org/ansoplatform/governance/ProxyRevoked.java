package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** An organization took back, unused, the vote on a motion it had given. Audited as {@code governance.proxyRevoked}. */
public record ProxyRevoked(UUID motionId, UUID giverId, Actor actor) implements MotionEvent {

    @Override
    public String action() {
        return "governance.proxyRevoked";
    }

    @Override
    public String detail() {
        return giverId.toString();
    }
}
