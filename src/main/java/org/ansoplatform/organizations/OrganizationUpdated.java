package org.ansoplatform.organizations;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An organization's details were changed (a status change also publishes {@link OrganizationStatusChanged}). */
public record OrganizationUpdated(UUID organizationId, String name, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "organization.updated";
    }

    @Override
    public String recordType() {
        return "organization";
    }

    @Override
    public String recordId() {
        return organizationId.toString();
    }

    @Override
    public String detail() {
        return name;
    }
}
