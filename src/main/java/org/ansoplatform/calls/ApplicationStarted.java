package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** An applicant started a draft application to a call. */
public record ApplicationStarted(UUID applicationId, UUID callId, UUID applicantId, Actor actor) implements ApplicationEvent {

    @Override
    public String action() {
        return "application.started";
    }

    @Override
    public String detail() {
        return callId.toString();
    }
}
