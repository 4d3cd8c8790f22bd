package org.ansoplatform.review.reviewing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews and reviewers as other modules show them: the Secretariat's only (a review names its subject and its
 * expert, which blind review keeps from everyone else), linked to the panel's reviews and the reviewer's page;
 * anyone else learns only that they were counted.
 */
@Component
class ReviewRecordSource implements RecordSource {

    private final ReviewRecordQueries queries;

    ReviewRecordSource(ReviewRecordQueries queries) {
        this.queries = queries;
    }

    @Override
    public String module() {
        return ReviewFigures.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of("review", "reviewer");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new HashMap<>();
        boolean secretariat = reader.hasRole("SECRETARIAT");
        for (ReviewRecordQueries.NamedReview review : queries.reviews(ids(refs, "review"))) {
            RecordRef ref = ReviewFigures.review(review.id());
            String title = review.subjectLabel().isBlank() ? review.reviewerName() : review.subjectLabel() + " — " + review.reviewerName();
            views.put(ref, secretariat ? RecordView.of(ref, title, "/secretariat/review/panels/" + review.panelId() + "/reviews")
                    : RecordView.hidden(ref));
        }
        for (ReviewRecordQueries.NamedReviewer reviewer : queries.reviewers(ids(refs, "reviewer"))) {
            RecordRef ref = ReviewFigures.reviewer(reviewer.id());
            String title = reviewer.institution().isBlank() ? reviewer.name() : reviewer.name() + " (" + reviewer.institution() + ")";
            views.put(ref, secretariat ? RecordView.of(ref, title, "/secretariat/review/reviewers/" + reviewer.id()) : RecordView.hidden(ref));
        }
        return views;
    }

    private static Set<UUID> ids(Collection<RecordRef> refs, String type) {
        return refs.stream().filter(ref -> ref.is(ReviewFigures.MODULE, type)).map(RecordRef::id).collect(Collectors.toSet());
    }
}
