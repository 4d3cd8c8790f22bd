package org.ansoplatform.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ansoplatform.review.SubjectSource.SubjectContent;

/**
 * Everything the review page shows one reviewer: their review, the rubric, what they may read of the
 * subject (blind fields hidden; empty when its owner no longer describes it) and, once their own review
 * is submitted, the other submitted reviews without names.
 */
public record ReviewPage(ReviewView review, Rubric rubric, Optional<SubjectContent> content, List<OtherReview> others,
        boolean deadlinePassed) {

    public ReviewPage {
        others = List.copyOf(others);
    }

    /** Another reviewer's submitted review, numbered in the order they were submitted. */
    public record OtherReview(int number, Map<String, Double> scores, Map<String, String> comments, double total) {
    }
}
