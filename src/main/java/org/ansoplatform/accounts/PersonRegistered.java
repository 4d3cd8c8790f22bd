package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** Someone created an account; it waits for email verification. */
public record PersonRegistered(UUID personId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "person.registered";
    }

    @Override
    public String recordType() {
        return "person";
    }

    @Override
    public String recordId() {
        return personId.toString();
    }
}
