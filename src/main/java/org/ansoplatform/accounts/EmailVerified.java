package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The person followed their verification link; the account is active. */
public record EmailVerified(UUID personId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "person.email-verified";
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
