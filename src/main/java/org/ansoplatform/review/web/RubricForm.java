package org.ansoplatform.review.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.review.Rubric;
import org.ansoplatform.shared.LocalizedText;

/** The rubric page's form: the total's scale and one row per criterion; rows left empty are ignored. */
public class RubricForm {

    private static final Pattern ROW = Pattern.compile("criteria\\[(\\d+)]\\.(.*)");

    private Integer scaleMin = 1;
    private Integer scaleMax = 10;
    private List<CriterionRow> criteria = new ArrayList<>();

    public static class CriterionRow {
        private String key = "";
        private Map<String, String> name = new LinkedHashMap<>();
        private Map<String, String> guidance = new LinkedHashMap<>();
        private Double weight;
        private Integer min;
        private Integer max;
        private boolean commentRequired;

        boolean blank() {
            return isBlank(key) && name.values().stream().allMatch(RubricForm::isBlank) && weight == null;
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public Map<String, String> getName() { return name; }
        public void setName(Map<String, String> name) { this.name = name == null ? new LinkedHashMap<>() : name; }
        public Map<String, String> getGuidance() { return guidance; }
        public void setGuidance(Map<String, String> guidance) { this.guidance = guidance == null ? new LinkedHashMap<>() : guidance; }
        public Double getWeight() { return weight; }
        public void setWeight(Double weight) { this.weight = weight; }
        public Integer getMin() { return min; }
        public void setMin(Integer min) { this.min = min; }
        public Integer getMax() { return max; }
        public void setMax(Integer max) { this.max = max; }
        public boolean isCommentRequired() { return commentRequired; }
        public void setCommentRequired(boolean commentRequired) { this.commentRequired = commentRequired; }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static RubricForm of(Rubric rubric, int blankRows) {
        RubricForm form = new RubricForm();
        form.scaleMin = rubric.scaleMin();
        form.scaleMax = rubric.scaleMax();
        for (Rubric.Criterion criterion : rubric.criteria()) {
            CriterionRow row = new CriterionRow();
            row.key = criterion.key();
            row.name = new LinkedHashMap<>(criterion.name().values());
            row.guidance = new LinkedHashMap<>(criterion.guidance().values());
            row.weight = criterion.weight();
            row.min = criterion.min();
            row.max = criterion.max();
            row.commentRequired = criterion.commentRequired();
            form.criteria.add(row);
        }
        form.addBlankRows(blankRows);
        return form;
    }

    void addBlankRows(int count) {
        for (int i = 0; i < count; i++) {
            criteria.add(new CriterionRow());
        }
    }

    /** The rubric the form describes; problems carry this form's row numbers. */
    Rubric rubric() {
        List<Rubric.Criterion> kept = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow row = criteria.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            kept.add(new Rubric.Criterion(row.key == null ? "" : row.key.strip(), LocalizedText.of(row.name),
                    LocalizedText.of(row.guidance), row.weight == null ? Double.NaN : row.weight,
                    row.min == null ? 0 : row.min, row.max == null ? 0 : row.max, row.commentRequired));
            rows.add(i);
        }
        Rubric rubric = new Rubric(scaleMin == null ? 0 : scaleMin, scaleMax == null ? 0 : scaleMax, kept);
        List<Violation> problems = rubric.problems();
        if (!problems.isEmpty()) {
            List<Violation> renumbered = new ArrayList<>();
            for (Violation violation : problems) {
                Matcher matcher = violation.field() == null ? null : ROW.matcher(violation.field());
                String field = matcher != null && matcher.matches()
                        ? "criteria[" + rows.get(Integer.parseInt(matcher.group(1))) + "]." + matcher.group(2) : violation.field();
                renumbered.add(new Violation(field, violation.messageKey(), violation.args()));
            }
            throw new InvalidInputException(renumbered);
        }
        return rubric;
    }

    public Integer getScaleMin() { return scaleMin; }
    public void setScaleMin(Integer scaleMin) { this.scaleMin = scaleMin; }
    public Integer getScaleMax() { return scaleMax; }
    public void setScaleMax(Integer scaleMax) { this.scaleMax = scaleMax; }
    public List<CriterionRow> getCriteria() { return criteria; }
    public void setCriteria(List<CriterionRow> criteria) { this.criteria = criteria; }
}
