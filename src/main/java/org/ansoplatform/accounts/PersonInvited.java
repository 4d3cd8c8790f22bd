package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An administrator invited someone; the invitation link is to be emailed. */
public record PersonInvited(UUID personId, String token, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "person.invited";
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
    public String toString() {
        return "%s[personId=%s]".formatted(getClass().getSimpleName(), personId);
    }
}
