package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A successful sign-in with a password. */
public record SignedIn(UUID personId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "person.signed-in";
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
