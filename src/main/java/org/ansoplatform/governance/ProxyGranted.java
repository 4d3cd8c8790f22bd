package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** An organization gave its vote on a motion to another organization. Audited as {@code governance.proxyGiven}. */
public record ProxyGranted(UUID motionId, UUID giverId, UUID holderId, Actor actor) implements MotionEvent {

    @Override
    public String action() {
        return "governance.proxyGiven";
    }

    @Override
    public String detail() {
        return giverId + " -> " + holderId;
    }
}
