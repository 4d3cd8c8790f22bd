package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * A person gave, changed or removed their ORCID iD; review recomputes the conflicts of interest of the panels
 * they sit on.
 *
 * @param orcid the new iD, null when removed
 */
public record OrcidChanged(UUID personId, String orcid, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "person.orcid-changed";
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
        return orcid == null ? "" : orcid;
    }
}
