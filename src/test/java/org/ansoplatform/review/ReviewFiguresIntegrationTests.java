package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.platform.Records;
import org.ansoplatform.review.ReviewingTestData.Expert;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Review's figures of a year, from a panel built here: two experts submit three reviews, a third only saves a draft.
 * The figure counts the submitted ones (under the panel's part) and the experts who submitted; only the Secretariat
 * sees who they are.
 */
class ReviewFiguresIntegrationTests extends IntegrationTest {

    static final Map<String, Double> FULL = Map.of("excellence", 8.0, "proposal", 7.0, "potential", 6.0, "fit", 9.0);
    static final Map<String, String> COMMENTS = Map.of("excellence", "Strong record", "proposal", "Clear plan");

    @Autowired
    ReviewDesk reviews;

    @Autowired
    ReviewingTestData data;

    @Autowired
    FigureQueries figures;

    @Autowired
    Records records;

    @Test
    void submittedReviewsAndTheirExpertsAreCountedForTheYearOfSubmissionAndShownToTheSecretariatOnly() {
        Expert amina = data.reviewer("Amina Figures");
        Expert bo = data.reviewer("Bo Figures");
        Expert chen = data.reviewer("Chen Figures");
        ReviewingTestData.PanelPlan plan = data.panel(Instant.now().plus(Duration.ofDays(10)));
        UUID first = plan.subject("FIG-000001");
        UUID second = plan.subject("FIG-000002");
        UUID panel = plan.assign(first, amina, bo).assign(second, amina, chen).reviewing();
        UUID aminasFirst = ReviewingTestData.reviewId(panel, first, amina);
        UUID aminasSecond = ReviewingTestData.reviewId(panel, second, amina);
        UUID bosFirst = ReviewingTestData.reviewId(panel, first, bo);
        reviews.submit(aminasFirst, FULL, COMMENTS, amina.person());
        reviews.submit(aminasSecond, FULL, COMMENTS, amina.person());
        reviews.submit(bosFirst, FULL, COMMENTS, bo.person());
        reviews.saveDraft(ReviewingTestData.reviewId(panel, second, chen), Map.of("excellence", 5.0), Map.of(), chen.person());
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();

        List<Figure> ofReview = figures.ofYear(year).stream().filter(module -> module.module().equals("review")).findFirst()
                .orElseThrow().figures();
        Figure submitted = ofReview.stream().filter(figure -> figure.key().equals("review.reviews")).findFirst().orElseThrow();
        Figure.Part ofPanel = submitted.parts().stream().filter(part -> part.code().equals(panel.toString())).findFirst().orElseThrow();
        List<RecordRef> expected = List.of(RecordRef.of("review", "review", aminasFirst), RecordRef.of("review", "review", aminasSecond),
                RecordRef.of("review", "review", bosFirst));
        assertThat(ofPanel.records()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ofPanel.count()).isEqualTo(3);
        assertThat(submitted.records()).containsAll(expected);
        assertThat(submitted.count()).isEqualTo(submitted.parts().stream().mapToLong(Figure.Part::count).sum());
        Figure experts = ofReview.stream().filter(figure -> figure.key().equals("review.reviewers")).findFirst().orElseThrow();
        assertThat(experts.records()).contains(RecordRef.of("review", "reviewer", amina.id()), RecordRef.of("review", "reviewer", bo.id()))
                .doesNotContain(RecordRef.of("review", "reviewer", chen.id()));
        assertThat(figures.ofYear(year - 1).stream().filter(module -> module.module().equals("review"))
                .flatMap(module -> module.figures().stream()).flatMap(figure -> figure.records().stream()))
                .as("a review counts in the year it was submitted only").doesNotContainAnyElementsOf(expected);

        List<RecordRef> refs = List.of(RecordRef.of("review", "review", bosFirst), RecordRef.of("review", "reviewer", bo.id()));
        List<RecordView> asSecretariat = records.describe(refs, Reader.person(UUID.randomUUID(), Set.of("SECRETARIAT")), Locale.ENGLISH);
        assertThat(asSecretariat).allMatch(RecordView::visible);
        assertThat(asSecretariat.get(0).path()).isEqualTo("/secretariat/review/panels/" + panel + "/reviews");
        assertThat(asSecretariat.get(0).title()).contains("Bo Figures");
        assertThat(asSecretariat.get(1).path()).isEqualTo("/secretariat/review/reviewers/" + bo.id());
        assertThat(records.describe(refs, Reader.person(bo.person().id(), Set.of("REVIEWER")), Locale.ENGLISH)).noneMatch(RecordView::visible);
        assertThat(records.describe(refs, Reader.person(UUID.randomUUID(), Set.of()), Locale.ENGLISH)).noneMatch(RecordView::visible);
    }
}
