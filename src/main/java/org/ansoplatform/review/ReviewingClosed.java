package org.ansoplatform.review;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A panel closed reviewing and calibrated its scores; the scope's owner may now select. */
public record ReviewingClosed(UUID panelId, ReviewScope scope, int subjects, int reviews, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "review.panel.closed";
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
        return scope.type() + " " + scope.id() + ": " + reviews + " reviews of " + subjects + " subjects";
    }
}
