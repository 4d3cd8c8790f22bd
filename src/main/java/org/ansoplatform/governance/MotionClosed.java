package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** A motion's poll closed and was counted. Audited as {@code governance.motionClosed}. */
public record MotionClosed(UUID motionId, int yes, int no, int abstain, Actor actor) implements MotionEvent {

    @Override
    public String action() {
        return "governance.motionClosed";
    }

    @Override
    public String detail() {
        return yes + "/" + no + "/" + abstain;
    }
}
