package org.ansoplatform.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.review.ReviewOutcomes.PanelStatus;
import org.ansoplatform.shared.LocalizedText;

/**
 * The Secretariat's view of a panel's reviewing: per subject how many reviews are in, their raw totals
 * and spread, and, once calibrated, the calibrated score and whether reviewers disagreed.
 */
public record PanelProgress(UUID panelId, ReviewScope scope, LocalizedText title, PanelStatus status, Instant deadline, ZoneId zone,
        double threshold, Instant closedAt, List<SubjectProgress> subjects) {

    public PanelProgress {
        subjects = List.copyOf(subjects);
    }

    public int assigned() {
        return subjects.stream().mapToInt(SubjectProgress::assigned).sum();
    }

    public int submitted() {
        return subjects.stream().mapToInt(SubjectProgress::submitted).sum();
    }

    public List<SubjectProgress> flagged() {
        return subjects.stream().filter(SubjectProgress::flagged).toList();
    }

    /** Subjects short of reviewers during reviewing because reviews were declined. */
    public List<SubjectProgress> shortOfReviewers() {
        return subjects.stream().filter(SubjectProgress::needsReviewer).toList();
    }

    /**
     * @param trackName the name of the subject's track in every language (null without a track)
     * @param rawScores submitted totals, lowest first
     * @param spread highest minus lowest calibrated score once calibrated (what the flag compares), before that of
     *        the raw totals (0 with fewer than two)
     * @param calibrated null until the panel is calibrated
     * @param flagged the calibrated scores disagree beyond the panel's threshold
     * @param discussed the panel's discussion of it is recorded
     * @param needsReviewer the panel is reviewing and, after declines, fewer reviewers than the panel's
     *        number per subject are left on the subject
     * @param candidates panel members who could give a further review (accepted, not conflicted, not assigned),
     *        for flagged subjects and those that need a reviewer
     */
    public record SubjectProgress(UUID subjectId, String label, String track, LocalizedText trackName, int assigned, int submitted, int declined,
            List<Double> rawScores, double spread, Double rawMean, Double calibrated, boolean flagged, boolean discussed,
            boolean needsReviewer, List<Candidate> candidates) {

        public SubjectProgress {
            rawScores = List.copyOf(rawScores);
            candidates = List.copyOf(candidates);
        }
    }

    public record Candidate(UUID reviewerId, String name) {
    }
}
