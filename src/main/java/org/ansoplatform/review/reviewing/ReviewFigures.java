package org.ansoplatform.review.reviewing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review's figures of a year: the reviews submitted in it (UTC, by their submission time; drafts and declined ones
 * are not reviews), by panel, and the experts who submitted at least one of them. Names and definitions are the
 * messages {@code figure.review.*}.
 */
@Component
class ReviewFigures implements FigureSource {

    static final String MODULE = "review";

    private final ReviewRecordQueries queries;
    private final Clock clock;

    ReviewFigures(ReviewRecordQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public String module() {
        return MODULE;
    }

    static RecordRef review(UUID id) {
        return RecordRef.of(MODULE, "review", id);
    }

    static RecordRef reviewer(UUID id) {
        return RecordRef.of(MODULE, "reviewer", id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(int year) {
        Instant asOf = clock.instant();
        Instant from = FigureSource.startOf(year);
        Instant to = FigureSource.startOf(year + 1);
        Map<UUID, List<RecordRef>> byPanel = new LinkedHashMap<>();
        Map<UUID, LocalizedText> panelTitles = new LinkedHashMap<>();
        Set<UUID> reviewers = new LinkedHashSet<>();
        for (ReviewRecordQueries.SubmittedReview review : queries.submitted(from, to)) {
            byPanel.computeIfAbsent(review.panelId(), panel -> new ArrayList<>()).add(review(review.id()));
            panelTitles.putIfAbsent(review.panelId(), review.panelTitle());
            reviewers.add(review.reviewerId());
        }
        List<Figure.Part> panels = byPanel.entrySet().stream()
                .map(entry -> Figure.Part.named(entry.getKey().toString(), panelTitles.get(entry.getKey()), entry.getValue())).toList();
        return List.of(Figure.breakdown(MODULE + ".reviews", panels, asOf),
                Figure.count(MODULE + ".reviewers", reviewers.stream().map(ReviewFigures::reviewer).toList(), asOf));
    }
}
