package org.ansoplatform.datasets.showcase;

import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A showcase written, edited, published, withdrawn, or given or relieved of a screenshot, for the audit trail. */
public record ShowcaseChanged(Actor actor, String action, String recordType, String recordId, String detail) implements AuditedEvent {

    static ShowcaseChanged of(Actor actor, String step, UUID id, String detail) {
        return new ShowcaseChanged(actor, "showcase." + step, DatasetsPaths.SHOWCASE, id.toString(), detail);
    }
}
