package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A personal API token was created (its secret is shown once and never stored). */
public record ApiTokenCreated(UUID personId, UUID tokenId, String name, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "api-token.created";
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
        return name;
    }
}
