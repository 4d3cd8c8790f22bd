package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The applicant took a submitted application back to draft before the deadline, as the call allows. */
public record ApplicationReopened(UUID applicationId, UUID applicantId, String reference, Actor actor) implements ApplicationEvent {

    @Override
    public String action() {
        return "application.reopened";
    }

    @Override
    public String detail() {
        return reference == null ? "" : reference;
    }
}
