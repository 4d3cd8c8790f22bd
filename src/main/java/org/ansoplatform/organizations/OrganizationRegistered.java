package org.ansoplatform.organizations;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A new organization entered the directory. */
public record OrganizationRegistered(UUID organizationId, String name, OrganizationStatus status, Actor actor)
        implements AuditedEvent {

    @Override
    public String action() {
        return "organization.registered";
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
