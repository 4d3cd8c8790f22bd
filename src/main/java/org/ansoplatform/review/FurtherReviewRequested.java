package org.ansoplatform.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;
import org.ansoplatform.shared.LocalizedText;

/**
 * Reviewers disagreed on a subject; the Secretariat assigned one more panel member and reopened reviewing.
 *
 * @param path the page of the review asked for (relative, from the review module)
 */
public record FurtherReviewRequested(UUID panelId, UUID subjectId, UUID reviewId, UUID reviewerPersonId, String reviewerName,
        String reviewerEmail, LocalizedText panelTitle, Instant deadline, ZoneId zone, String path, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "review.furtherReviewRequested";
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
        return "panel " + panelId + ": " + reviewerName;
    }
}
