package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.review.Rubric.Criterion;
import org.ansoplatform.review.SubjectSource.SubjectContent;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class RubricTests {

    static Criterion criterion(String key, double weight, int min, int max, boolean comment) {
        return new Criterion(key, LocalizedText.of(key + " name", "名称"), LocalizedText.of("", ""), weight, min, max, comment);
    }

    @Test
    void everyProblemOfARubricIsReportedWithItsField() {
        Rubric rubric = new Rubric(5, 5, List.of(criterion("a", 0, 1, 10, false), criterion("a", -1, 3, 3, false),
                new Criterion("Bad Key", LocalizedText.of("", ""), null, Double.NaN, 1, 5, false)));
        assertThat(rubric.problems()).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("scaleMax", "reviewing.rubric.badScale"),
                org.assertj.core.groups.Tuple.tuple("criteria[0].weight", "reviewing.rubric.badWeight"),
                org.assertj.core.groups.Tuple.tuple("criteria[1].key", "reviewing.rubric.duplicateKey"),
                org.assertj.core.groups.Tuple.tuple("criteria[1].weight", "reviewing.rubric.badWeight"),
                org.assertj.core.groups.Tuple.tuple("criteria[1].max", "reviewing.rubric.badScale"),
                org.assertj.core.groups.Tuple.tuple("criteria[2].key", "reviewing.rubric.badKey"),
                org.assertj.core.groups.Tuple.tuple("criteria[2].name", "reviewing.rubric.nameMissing"),
                org.assertj.core.groups.Tuple.tuple("criteria[2].weight", "reviewing.rubric.badWeight"));
        assertThat(new Rubric(1, 10, List.of()).problems()).extracting(Violation::messageKey).containsExactly("reviewing.rubric.noCriteria");
    }

    @Test
    void theTotalIsTheWeightedMeanOnTheRubricsScale() {
        Rubric same = new Rubric(1, 10, List.of(criterion("a", 3, 1, 10, false), criterion("b", 1, 1, 10, false)));
        assertThat(same.problems()).isEmpty();
        assertThat(same.total(Map.of("a", 8.0, "b", 4.0))).isCloseTo((3 * 8 + 4) / 4.0, within(1e-12));
        // a criterion on 0..5 is placed on the total's 1..10 scale
        Rubric mixed = new Rubric(1, 10, List.of(criterion("a", 1, 1, 10, false), criterion("b", 1, 0, 5, false)));
        assertThat(mixed.total(Map.of("a", 10.0, "b", 5.0))).isCloseTo(10, within(1e-12));
        assertThat(mixed.total(Map.of("a", 1.0, "b", 0.0))).isCloseTo(1, within(1e-12));
        assertThat(mixed.total(Map.of("a", 10.0, "b", 0.0))).isCloseTo(5.5, within(1e-12));
    }

    @Test
    void aCompleteReviewNeedsEveryScoreAndTheRequiredComments() {
        Rubric rubric = new Rubric(1, 10, List.of(criterion("a", 1, 1, 10, true), criterion("b", 1, 1, 10, false)));
        assertThat(rubric.check(Map.of("a", 11.0, "x", 3.0), Map.of(), false)).extracting(Violation::field)
                .containsExactlyInAnyOrder("score.a", "score.x");
        assertThat(rubric.check(Map.of("a", 5.0), Map.of(), false)).isEmpty();
        assertThat(rubric.check(Map.of("a", 5.0), Map.of("b", "fine"), true)).extracting(Violation::field, Violation::messageKey)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("score.b", "reviewing.review.scoreMissing"),
                        org.assertj.core.groups.Tuple.tuple("comment.a", "reviewing.review.commentMissing"));
        assertThat(rubric.check(Map.of("a", Double.NaN, "b", 2.0), Map.of("a", "x"), true)).extracting(Violation::messageKey)
                .containsExactly("reviewing.review.outOfScale");
    }
}
