package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** Someone asked for an application or one of its documents that is not theirs; refused and recorded. */
public record ApplicationAccessRefused(UUID applicationId, String what, Actor actor) implements ApplicationEvent {

    @Override
    public String action() {
        return "application.accessRefused";
    }

    @Override
    public String detail() {
        return what;
    }
}
