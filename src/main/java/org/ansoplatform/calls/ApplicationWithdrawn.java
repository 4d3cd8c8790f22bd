package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The applicant withdrew an application. */
public record ApplicationWithdrawn(UUID applicationId, UUID applicantId, String reference, Actor actor) implements ApplicationEvent {

    @Override
    public String action() {
        return "application.withdrawn";
    }

    @Override
    public String detail() {
        return reference == null ? "" : reference;
    }
}
