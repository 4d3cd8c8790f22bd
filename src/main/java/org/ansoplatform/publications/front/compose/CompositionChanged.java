package org.ansoplatform.publications.front.compose;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * A composition created, edited, given or relieved of a pick, reordered or given a pick's text, for the audit trail
 * (actions {@code composition.*}, record type {@code composition}).
 */
public record CompositionChanged(Actor actor, String action, String recordId, String detail) implements AuditedEvent {

    public static final String TYPE = "composition";

    @Override
    public String recordType() {
        return TYPE;
    }
}
