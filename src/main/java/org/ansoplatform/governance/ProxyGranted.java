package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An organization gave its vote on a motion to another organization. Audited as {@code governance.proxyGiven}. */
public record ProxyGranted(UUID motionId, UUID giverId, UUID holderId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.proxyGiven";
    }

    @Override
    public String recordType() {
        return "motion";
    }

    @Override
    public String recordId() {
        return motionId.toString();
    }

    @Override
    public String detail() {
        return giverId + " -> " + holderId;
    }
}
