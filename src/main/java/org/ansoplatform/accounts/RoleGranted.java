package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An administrator granted a role. */
public record RoleGranted(UUID personId, Role role, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "person.role-granted";
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
