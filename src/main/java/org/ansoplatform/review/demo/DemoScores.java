package org.ansoplatform.review.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.review.Rubric;
import org.ansoplatform.review.Rubric.Criterion;

/**
 * Illustrative criterion scores whose weighted total is a given one: every criterion starts at the total's place on
 * its own scale, then two criteria (chosen by {@code variant}) move in opposite directions by amounts in inverse
 * proportion to their weights, so the review does not look uniform and the total stays where it was (up to the
 * rounding to two decimals).
 */
final class DemoScores {

    /** The largest move of a criterion, as a share of its scale. */
    static final double MOVE = 0.1;

    private DemoScores() {
    }

    static Map<String, Double> scores(Rubric rubric, double total, int variant) {
        List<Criterion> criteria = rubric.criteria();
        double share = Math.max(0, Math.min(1, (total - rubric.scaleMin()) / (rubric.scaleMax() - rubric.scaleMin())));
        double[] shares = new double[criteria.size()];
        java.util.Arrays.fill(shares, share);
        if (criteria.size() > 1) {
            int up = Math.floorMod(variant, criteria.size());
            int down = Math.floorMod(variant + 1, criteria.size());
            double wUp = criteria.get(up).weight();
            double wDown = criteria.get(down).weight();
            // up gains d * wDown, down loses d * wUp: the weighted sum stays; both stay on their scales
            double d = Math.min(MOVE / Math.max(wUp, wDown), Math.min((1 - share) / wDown, share / wUp));
            shares[up] += d * wDown;
            shares[down] -= d * wUp;
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            double value = criterion.min() + shares[i] * (criterion.max() - criterion.min());
            scores.put(criterion.key(), Math.max(criterion.min(), Math.min(criterion.max(), Math.round(value * 100) / 100.0)));
        }
        return scores;
    }

    /** A comment on every criterion, saying first that the review is illustrative. */
    static Map<String, String> comments(Rubric rubric, Map<String, Double> scores) {
        Map<String, String> comments = new LinkedHashMap<>();
        for (Criterion criterion : rubric.criteria()) {
            double share = (scores.get(criterion.key()) - criterion.min()) / (double) (criterion.max() - criterion.min());
            String band = share >= 0.85 ? "outstanding" : share >= 0.7 ? "very good" : share >= 0.55 ? "good" : "fair, with weaknesses to address";
            comments.put(criterion.key(), "Illustrative demo review, not a real assessment: " + band + " on "
                    + criterion.name().in(Locale.ENGLISH).toLowerCase(Locale.ROOT) + ".");
        }
        return comments;
    }
}
