package org.ansoplatform.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;
import org.ansoplatform.shared.LocalizedText;

/**
 * The Secretariat opened reviewing after an assignment; each reviewer (person id) learns how many
 * subjects they review and by when.
 *
 * @param path the reviewer's page the email links to (relative, from the review module)
 */
public record ReviewingOpened(UUID panelId, ReviewScope scope, LocalizedText panelTitle, List<Assigned> reviewers,
        Instant deadline, String zone, String path, Actor actor) implements AuditedEvent {

    public ReviewingOpened {
        reviewers = List.copyOf(reviewers);
    }

    public record Assigned(UUID personId, int subjects) {
    }

    @Override
    public String action() {
        return "review.panel.reviewing";
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
        return scope.type() + " " + scope.id() + ": " + reviewers.size() + " reviewers";
    }
}
