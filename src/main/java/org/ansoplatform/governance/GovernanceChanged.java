package org.ansoplatform.governance;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * Something changed in governance: an application step, a session, a decision, a motion's state, a ballot
 * cast (which organization voted, never what it chose in a secret ballot), an amendment, an association.
 */
public record GovernanceChanged(String action, String recordType, String recordId, String detail, Actor actor)
        implements AuditedEvent {
}
