package org.ansoplatform.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.review.ReviewOutcomes.PanelStatus;
import org.ansoplatform.shared.LocalizedText;

/**
 * One review as its reviewer sees it (also before its row exists: status NOT_STARTED).
 *
 * @param editable the reviewer may still change it now (panel reviewing, before the deadline, not submitted or declined)
 */
public record ReviewView(UUID id, UUID panelId, LocalizedText panelTitle, PanelStatus panelStatus, UUID subjectId, String subjectLabel,
        ReviewStatus status, Map<String, Double> scores, Map<String, String> comments, Double total, String declineReason,
        Instant deadline, ZoneId zone, Instant updatedAt, Instant submittedAt, boolean editable) {

    public ReviewView {
        scores = Map.copyOf(scores);
        comments = Map.copyOf(comments);
    }

    public boolean submitted() {
        return status == ReviewStatus.SUBMITTED;
    }

    public boolean declined() {
        return status == ReviewStatus.DECLINED;
    }
}
