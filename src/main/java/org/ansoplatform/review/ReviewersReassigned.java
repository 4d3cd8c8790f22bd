package org.ansoplatform.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * While a panel is reviewing, a member dropped out and a re-assignment gave their subjects to others:
 * each reviewer (person id) who gained subjects learns how many and by when. Not audited:
 * AssignmentStored records the run.
 *
 * @param path the reviewer's reviews page the email links to (relative, from the review module)
 */
public record ReviewersReassigned(UUID panelId, UUID runId, ReviewScope scope, LocalizedText panelTitle,
        List<ReviewingOpened.Assigned> reviewers, Instant deadline, String zone, String path) {

    public ReviewersReassigned {
        reviewers = List.copyOf(reviewers);
    }
}
