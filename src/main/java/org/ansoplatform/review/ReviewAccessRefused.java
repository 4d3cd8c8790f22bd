package org.ansoplatform.review;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * A reviewer asked for a subject, one of its documents, its reviews or its notes while conflicted with it
 * (or for another reviewer's review of such a subject); answered 404 and recorded.
 */
public record ReviewAccessRefused(UUID panelId, UUID subjectId, String what, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "review.accessRefused";
    }

    @Override
    public String recordType() {
        return "review-subject";
    }

    @Override
    public String recordId() {
        return subjectId.toString();
    }

    @Override
    public String detail() {
        return "panel " + panelId + ": " + what;
    }
}
