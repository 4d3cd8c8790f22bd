package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A member organization nominated (recommended) an application, or withdrew its nomination. */
public record ApplicationNominated(UUID applicationId, UUID organizationId, String reference, boolean withdrawn, Actor actor)
        implements AuditedEvent {

    @Override
    public String action() {
        return withdrawn ? "application.nominationWithdrawn" : "application.nominated";
    }

    @Override
    public String recordType() {
        return "application";
    }

    @Override
    public String recordId() {
        return applicationId.toString();
    }

    @Override
    public String detail() {
        return reference + " by organization " + organizationId;
    }
}
