package org.ansoplatform.review;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;
import org.ansoplatform.shared.LocalizedText;

/**
 * A reviewer of the pool was invited to a panel; they accept or decline on their panels page.
 *
 * @param path the page where they answer (relative, from the review module)
 */
public record ReviewerInvited(UUID panelId, UUID reviewerId, UUID personId, LocalizedText panelTitle, String path, Actor actor)
        implements AuditedEvent {

    @Override
    public String action() {
        return "review.reviewer.invited";
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
        return "reviewer " + reviewerId;
    }
}
