package org.ansoplatform.finance.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.platform.InvalidInputException.Violation;

/**
 * A budget plan as typed: the year (new plans only), one amount per programme as text (blank: no line), the note,
 * whether it is illustrative, and the version the page showed (edits only).
 */
public record PlanForm(Integer year, Map<String, String> lines, String note, Boolean illustrative, Integer version) {

    public PlanForm {
        lines = lines == null ? new LinkedHashMap<>() : new LinkedHashMap<>(lines);
    }

    static PlanForm blank(int year) {
        return new PlanForm(year, Map.of(), "", false, null);
    }

    /** The amounts typed, each read as a plain decimal; one that is no number is a violation at its field. */
    Map<String, BigDecimal> amounts(List<Violation> violations) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        lines.forEach((code, text) -> {
            String typed = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
            if (typed.isEmpty()) {
                return;
            }
            if (typed.matches("-?[0-9]+(\\.[0-9]+)?")) {
                amounts.put(code, new BigDecimal(typed));
            } else {
                violations.add(new Violation("lines[" + code + "]", "finance.plan.error.malformed"));
            }
        });
        return amounts;
    }

    boolean isIllustrative() {
        return Boolean.TRUE.equals(illustrative);
    }
}
