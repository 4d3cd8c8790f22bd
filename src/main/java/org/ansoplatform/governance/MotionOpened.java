package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A motion's poll opened; the entitled organizations are fixed. Audited as {@code governance.motionOpened}. */
public record MotionOpened(UUID motionId, int entitled, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.motionOpened";
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
        return entitled + " entitled";
    }
}
