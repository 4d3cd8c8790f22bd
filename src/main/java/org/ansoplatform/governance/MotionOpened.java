package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** A motion's poll opened; the entitled organizations are fixed. Audited as {@code governance.motionOpened}. */
public record MotionOpened(UUID motionId, int entitled, Actor actor) implements MotionEvent {

    @Override
    public String action() {
        return "governance.motionOpened";
    }

    @Override
    public String detail() {
        return entitled + " entitled";
    }
}
