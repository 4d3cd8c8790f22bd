package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** A motion's result was published. Audited as {@code governance.motionPublished}. */
public record MotionPublished(UUID motionId, boolean adopted, Actor actor) implements MotionEvent {

    @Override
    public String action() {
        return "governance.motionPublished";
    }

    @Override
    public String detail() {
        return adopted ? "adopted" : "not adopted";
    }
}
