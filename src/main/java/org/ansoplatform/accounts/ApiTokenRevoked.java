package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A personal API token was revoked. */
public record ApiTokenRevoked(UUID personId, UUID tokenId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "api-token.revoked";
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
