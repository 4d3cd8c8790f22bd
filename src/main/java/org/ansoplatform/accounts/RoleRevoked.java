package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An administrator revoked a role. */
public record RoleRevoked(UUID personId, Role role, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "person.role-revoked";
    }

    @Override
    public String recordType() {
        return "person";
    }

    @Override
    public String recordId() {
        return personId.toString();
    }

    @Override
    public String detail() {
        return role.name();
    }
}
