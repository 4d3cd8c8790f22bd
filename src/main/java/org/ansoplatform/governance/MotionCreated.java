package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** A motion was put forward for a vote. Audited as {@code governance.motionCreated}. */
public record MotionCreated(UUID motionId, String title, Actor actor) implements MotionEvent {

    @Override
    public String action() {
        return "governance.motionCreated";
    }

    @Override
    public String detail() {
        return title;
    }
}
