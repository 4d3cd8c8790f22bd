package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * The password was changed or reset; the person is told by email in case it was not them, with {@code path}, the
 * page where they can reset it.
 */
public record PasswordChanged(UUID personId, String path, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "person.password-changed";
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
