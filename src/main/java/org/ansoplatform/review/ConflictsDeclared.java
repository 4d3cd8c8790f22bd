package org.ansoplatform.review;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * A conflict of interest was declared (by the reviewer or the Secretariat) or a declaration withdrawn.
 *
 * @param declared false when a reviewer withdrew their own declaration
 */
public record ConflictsDeclared(UUID panelId, UUID subjectId, UUID reviewerId, String source, boolean declared, Actor actor)
        implements AuditedEvent {

    @Override
    public String action() {
        return declared ? "review.conflict.declared" : "review.conflict.withdrawn";
    }

    @Override
    public String recordType() {
        return "review-panel";
    }

    @Override
    public String recordId() {
        return panelId.toString();
    }

    @Override
    public String detail() {
        return source + ": reviewer " + reviewerId + ", subject " + subjectId;
    }
}
