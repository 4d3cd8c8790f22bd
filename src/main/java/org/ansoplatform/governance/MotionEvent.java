package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.AuditedEvent;

/** Something that happened to a motion (never a ballot); audited on the motion. */
public interface MotionEvent extends AuditedEvent {

    UUID motionId();

    @Override
    default String recordType() {
        return "motion";
    }

    @Override
    default String recordId() {
        return motionId().toString();
    }
}
