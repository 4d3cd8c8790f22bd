package org.ansoplatform.calls;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.Money;

/**
 * What a submission asks beyond a well-formed draft: a group's rows within its limits with their required
 * columns, an organization named with its country, a person with a name, and a total equal to the sum of the
 * column it names. Sums are checked here and not on each save of the draft: while the budget is being typed
 * it does not add up yet, and a refused autosave would keep nothing.
 */
final class Completeness {

    private Completeness() {
    }

    static int minRows(FormField field) {
        return field.type() == FieldType.GROUP && field.minItems() != null ? field.minItems() : 0;
    }

    /** The problems of one answer (not null) at {@code path}. */
    static void check(FormField field, Object answer, String path, List<Violation> missing) {
        switch (field.type()) {
            case GROUP -> {
                List<?> rows = answer instanceof List<?> list ? list : List.of();
                if (rows.size() < minRows(field)) {
                    missing.add(new Violation(path, "calls.form.tooFewRows", field.minItems(), rows.size()));
                }
                for (int i = 0; i < rows.size(); i++) {
                    Map<?, ?> row = rows.get(i) instanceof Map<?, ?> map ? map : Map.of();
                    for (FormField column : field.fields()) {
                        Object cell = AnswerRules.normalise(row.get(column.key()));
                        String at = path + "[" + i + "]." + column.key();
                        if (cell == null) {
                            if (column.required()) {
                                missing.add(new Violation(at, "calls.form.required"));
                            }
                        } else {
                            check(column, cell, at, missing);
                        }
                    }
                }
            }
            case ORGANIZATION -> {
                Map<?, ?> parts = answer instanceof Map<?, ?> map ? map : Map.of();
                if (parts.get("organizationId") == null && (parts.get("name") == null || parts.get("country") == null)) {
                    missing.add(new Violation(path, "calls.form.organizationIncomplete"));
                }
            }
            case PERSON -> {
                Map<?, ?> parts = answer instanceof Map<?, ?> map ? map : Map.of();
                if (parts.get("name") == null) {
                    missing.add(new Violation(path, "calls.form.personWithoutName"));
                }
            }
            default -> {
            }
        }
    }

    /**
     * Each MONEY question with {@code sumOf} against the sum of that column: amounts in another currency are
     * named (never converted), and a total that differs names both figures.
     */
    static void sums(ApplicationForm form, Map<String, Object> answers, List<Violation> problems) {
        for (FormField field : form.fields()) {
            if (field.type() != FieldType.MONEY || field.sumOf() == null || !(answers.get(field.key()) instanceof Map<?, ?> total)) {
                continue;
            }
            String[] target = field.sumOf().split("\\.", 2);
            Money stated = money(total);
            if (stated == null || target.length < 2) {
                continue;
            }
            Money sum = Money.zero(stated.currency());
            boolean foreign = false;
            List<?> rows = answers.get(target[0]) instanceof List<?> list ? list : List.of();
            for (int i = 0; i < rows.size(); i++) {
                Money amount = rows.get(i) instanceof Map<?, ?> row && row.get(target[1]) instanceof Map<?, ?> cell ? money(cell) : null;
                if (amount == null) {
                    continue;
                }
                if (!amount.currency().equals(stated.currency())) {
                    problems.add(new Violation(target[0] + "[" + i + "]." + target[1], "calls.form.otherCurrency", amount.currency(),
                            stated.currency()));
                    foreign = true;
                } else {
                    sum = sum.plus(amount);
                }
            }
            if (!foreign && sum.compareTo(stated) != 0) {
                problems.add(new Violation(field.key(), "calls.form.sumDiffers", stated.toString(), sum.toString()));
            }
        }
    }

    private static Money money(Map<?, ?> parts) {
        try {
            return new Money(new BigDecimal(String.valueOf(parts.get("amount"))), String.valueOf(parts.get("currency")));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
