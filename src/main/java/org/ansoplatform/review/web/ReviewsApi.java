package org.ansoplatform.review.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.ReviewView;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A reviewer's reviews as JSON: only their own (another reviewer's review, or one of a subject they are
 * conflicted with, answers 404). Bad scores are RFC 9457 problems listing every problem.
 */
@RestController
@Tag(name = "Reviews", description = "The signed-in reviewer's reviews")
public class ReviewsApi {

    /**
     * @param scores score per criterion key; missing or null: not scored yet
     * @param comments comment per criterion key
     * @param submit false: save as draft; true: submit (every criterion scored, required comments present)
     */
    public record ReviewRequest(Map<String, Double> scores, Map<String, String> comments, boolean submit) {
    }

    private final ReviewDesk reviews;

    ReviewsApi(ReviewDesk reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/api/v1/reviews")
    @Operation(operationId = "listMyReviews", summary = "The signed-in reviewer's reviews (one per assigned subject, also those not started), by deadline")
    List<ReviewView> mine(@Parameter(description = "only the caller's own reviews are ever listed; the flag may be given for clarity")
            @RequestParam(required = false) String mine, @AuthenticationPrincipal SignedInPerson me) {
        return reviews.mine(me);
    }

    @GetMapping("/api/v1/reviews/{id}")
    @Operation(operationId = "getReview", summary = "One of the caller's reviews")
    ReviewView one(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me) {
        return reviews.review(id, me);
    }

    @PutMapping("/api/v1/reviews/{id}")
    @Operation(operationId = "saveReview", summary = "Save a review as draft, or submit it; the scores and comments given replace the draft's")
    ReviewView save(@PathVariable UUID id, @RequestBody ReviewRequest request, @AuthenticationPrincipal SignedInPerson me) {
        var reviewId = id;
        Map<String, Double> scores = request.scores() == null ? Map.of() : request.scores();
        Map<String, String> comments = request.comments() == null ? Map.of() : request.comments();
        return request.submit() ? reviews.submit(reviewId, scores, comments, me) : reviews.saveDraft(reviewId, scores, comments, me);
    }
}
