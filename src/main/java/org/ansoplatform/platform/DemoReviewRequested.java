package org.ansoplatform.platform;

import java.util.List;
import java.util.UUID;

/**
 * Demo mode only: a module's demo asks for its subjects to be reviewed as a panel would review them, since the
 * owner of a scope may read review's outcomes but not drive its panels. Delivered in-process and synchronously (not
 * through the event registry), so review's demo opens the scope's panel, reviews and closes it in the publishing
 * transaction and the publisher reads the calibrated scores right after. A scope that already has a panel is left as
 * it is.
 *
 * @param scopeType the review scope type the publisher's subject source answers for (calls: {@code call})
 * @param rubric the classpath resource of the panel's rubric, in review's rubric JSON
 * @param subjects each subject with the illustrative score its reviewers' totals centre on, on the rubric's scale
 */
public record DemoReviewRequested(String scopeType, UUID scopeId, String rubric, List<Subject> subjects) {

    public DemoReviewRequested {
        subjects = List.copyOf(subjects);
    }

    public record Subject(UUID id, double score) {
    }
}
