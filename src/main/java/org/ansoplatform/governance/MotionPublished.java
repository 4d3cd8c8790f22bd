package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A motion's result was published. Audited as {@code governance.motionPublished}. */
public record MotionPublished(UUID motionId, boolean adopted, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.motionPublished";
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
        return adopted ? "adopted" : "not adopted";
    }
}
