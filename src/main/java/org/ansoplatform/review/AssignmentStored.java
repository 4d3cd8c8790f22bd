package org.ansoplatform.review;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A verified assignment (a full run or a re-assignment after a dropout) was stored for a panel. */
public record AssignmentStored(UUID panelId, UUID runId, String kind, int pairs, int changed, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "review.assignment.stored";
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
        return kind + ": " + pairs + " pairs, " + changed + " changed";
    }
}
