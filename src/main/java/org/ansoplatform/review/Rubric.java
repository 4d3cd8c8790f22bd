package org.ansoplatform.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.LocalizedText;

/**
 * A panel's scoring form: criteria with their weight and scale, and the scale of the total. The total
 * of a review is the weighted mean of its criteria, each first placed on the total's scale (identical
 * when the criteria use that scale), so it is on the rubric's scale whatever the criteria's scales.
 *
 * @param scaleMin lowest total
 * @param scaleMax highest total
 */
public record Rubric(int scaleMin, int scaleMax, List<Criterion> criteria) {

    static final int MAX_CRITERIA = 20;
    static final int MAX_COMMENT = 5000;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public Rubric {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /**
     * @param key stable identifier of the criterion (scores and comments are stored under it)
     * @param weight relative weight, positive
     * @param min lowest score of the criterion
     * @param max highest score of the criterion
     * @param commentRequired a submitted review must explain this score
     */
    public record Criterion(String key, LocalizedText name, LocalizedText guidance, double weight, int min, int max,
            boolean commentRequired) {

        public Criterion {
            name = name == null ? new LocalizedText(Map.of()) : name;
            guidance = guidance == null ? new LocalizedText(Map.of()) : guidance;
        }
    }

    public boolean isEmpty() {
        return criteria.isEmpty();
    }

    /** Every problem of the rubric itself, with the form field it belongs to; empty when it is sound. */
    public List<Violation> problems() {
        List<Violation> problems = new ArrayList<>();
        if (scaleMin >= scaleMax || scaleMax - scaleMin > 100) {
            problems.add(new Violation("scaleMax", "reviewing.rubric.badScale"));
        }
        if (criteria.isEmpty()) {
            problems.add(new Violation(null, "reviewing.rubric.noCriteria"));
        }
        if (criteria.size() > MAX_CRITERIA) {
            problems.add(new Violation(null, "reviewing.rubric.tooManyCriteria", MAX_CRITERIA));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String field = "criteria[" + i + "].";
            if (criterion.key() == null || !KEY.matcher(criterion.key()).matches()) {
                problems.add(new Violation(field + "key", "reviewing.rubric.badKey"));
            } else if (!keys.add(criterion.key())) {
                problems.add(new Violation(field + "key", "reviewing.rubric.duplicateKey", criterion.key()));
            }
            if (criterion.name().isEmpty()) {
                problems.add(new Violation(field + "name", "reviewing.rubric.nameMissing"));
            }
            if (!Double.isFinite(criterion.weight()) || criterion.weight() <= 0) {
                problems.add(new Violation(field + "weight", "reviewing.rubric.badWeight"));
            }
            if (criterion.min() >= criterion.max() || criterion.max() - criterion.min() > 100) {
                problems.add(new Violation(field + "max", "reviewing.rubric.badScale"));
            }
        }
        return problems;
    }

    public java.util.Optional<Criterion> criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * Problems of a review's scores and comments: unknown criteria, scores outside their scale, comments
     * too long; when {@code complete}, also missing scores and missing required comments.
     */
    public List<Violation> check(Map<String, Double> scores, Map<String, String> comments, boolean complete) {
        List<Violation> problems = new ArrayList<>();
        scores.forEach((key, value) -> {
            var criterion = criterion(key);
            if (criterion.isEmpty()) {
                problems.add(new Violation("score." + key, "reviewing.review.unknownCriterion", key));
            } else if (value != null && (!Double.isFinite(value) || value < criterion.get().min() || value > criterion.get().max())) {
                problems.add(new Violation("score." + key, "reviewing.review.outOfScale", criterion.get().min(), criterion.get().max()));
            }
        });
        comments.forEach((key, text) -> {
            if (criterion(key).isEmpty()) {
                problems.add(new Violation("comment." + key, "reviewing.review.unknownCriterion", key));
            } else if (text != null && text.length() > MAX_COMMENT) {
                problems.add(new Violation("comment." + key, "reviewing.review.commentTooLong", MAX_COMMENT));
            }
        });
        if (complete) {
            for (Criterion criterion : criteria) {
                if (scores.get(criterion.key()) == null) {
                    problems.add(new Violation("score." + criterion.key(), "reviewing.review.scoreMissing"));
                }
                String comment = comments.get(criterion.key());
                if (criterion.commentRequired() && (comment == null || comment.isBlank())) {
                    problems.add(new Violation("comment." + criterion.key(), "reviewing.review.commentMissing"));
                }
            }
        }
        return problems;
    }

    /** The weighted mean of complete scores, on the rubric's scale, rounded to 6 decimals (no floating-point dust). */
    public double total(Map<String, Double> scores) {
        double weighted = 0;
        double weights = 0;
        for (Criterion criterion : criteria) {
            double share = (scores.get(criterion.key()) - criterion.min()) / (double) (criterion.max() - criterion.min());
            weighted += criterion.weight() * share;
            weights += criterion.weight();
        }
        return Math.round((scaleMin + (scaleMax - scaleMin) * weighted / weights) * 1e6) / 1e6;
    }

    /** Scores of known criteria only, in the rubric's order, dropping empty ones. */
    Map<String, Double> known(Map<String, Double> scores) {
        Map<String, Double> known = new LinkedHashMap<>();
        for (Criterion criterion : criteria) {
            Double value = scores.get(criterion.key());
            if (value != null) {
                known.put(criterion.key(), value);
            }
        }
        return known;
    }
}
