package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A motion was put forward for a vote. Audited as {@code governance.motionCreated}. */
public record MotionCreated(UUID motionId, String title, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.motionCreated";
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
        return title;
    }
}
