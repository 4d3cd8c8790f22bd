package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** A member organization nominated (recommended) an application, or withdrew its nomination. */
public record ApplicationNominated(UUID applicationId, UUID organizationId, String reference, boolean withdrawn, Actor actor)
        implements ApplicationEvent {

    @Override
    public String action() {
        return withdrawn ? "application.nominationWithdrawn" : "application.nominated";
    }

    @Override
    public String detail() {
        return reference + " by organization " + organizationId;
    }
}
