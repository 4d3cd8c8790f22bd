package org.ansoplatform.organizations;

import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An organization took a new status, holding it since {@code since}; appended to its status history. */
public record OrganizationStatusChanged(UUID organizationId, OrganizationStatus from, OrganizationStatus to,
        LocalDate since, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "organization.statusChanged";
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
        return from + " -> " + to;
    }
}
