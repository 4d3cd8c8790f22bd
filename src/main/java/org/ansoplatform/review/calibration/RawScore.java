package org.ansoplatform.review.calibration;

import java.util.UUID;

/** One reviewer's overall score of one application, as submitted (already weighted over the rubric). */
public record RawScore(UUID reviewerId, UUID applicationId, double score) {
}
