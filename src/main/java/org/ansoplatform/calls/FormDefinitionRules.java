package org.ansoplatform.calls;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.Money;

/**
 * The check of a call's form as the call editor saves it: every question (and every group's column) with a
 * key, a type and a label; choices with options; groups with columns, none of them a group, document or host
 * ranking, and sensible row limits; currencies ISO 4217 knows; a sum naming a MONEY column of a group of the
 * same form. Each problem is a message on the editor's {@code form} field naming the question.
 */
final class FormDefinitionRules {

    private FormDefinitionRules() {
    }

    static void check(ApplicationForm form, Pattern key, List<Violation> problems) {
        for (FormField field : form.fields()) {
            check(field, field.key(), key, problems);
            if (field.type() == FieldType.GROUP) {
                Set<String> columns = new HashSet<>();
                if (field.fields().isEmpty()) {
                    problems.add(new Violation("form", "calls.call.groupWithoutColumns", field.key()));
                }
                for (FormField column : field.fields()) {
                    String name = field.key() + "." + column.key();
                    if (column.type() == FieldType.GROUP) {
                        problems.add(new Violation("form", "calls.call.nestedGroup", name));
                    } else if (column.type() != null && !column.type().allowedInGroup()) {
                        problems.add(new Violation("form", "calls.call.columnNotAllowed", name, column.type().name()));
                    } else {
                        check(column, name, key, problems);
                    }
                    if (column.key() != null && !columns.add(column.key())) {
                        problems.add(new Violation("form", "calls.call.duplicateColumn", name));
                    }
                }
                Integer min = field.minItems();
                Integer max = field.maxItems();
                if (min != null && min < 0 || max != null && max < 1 || min != null && max != null && min > max) {
                    problems.add(new Violation("form", "calls.call.badRowLimits", field.key()));
                }
            } else if (!field.fields().isEmpty() || field.minItems() != null || field.maxItems() != null) {
                problems.add(new Violation("form", "calls.call.columnsOutsideGroup", field.key()));
            }
            if (field.sumOf() != null) {
                sum(form, field, problems);
            }
            if (field.requiredIf() != null) {
                condition(form, field, problems);
            }
        }
    }

    /**
     * A required-if names another choice question of the form and only its options; the problem is on the
     * builder's input ({@code fields[cv].requiredIf}) so that the message stands next to it.
     */
    private static void condition(ApplicationForm form, FormField field, List<Violation> problems) {
        FormField.Condition condition = field.requiredIf();
        String path = "fields[" + field.key() + "].requiredIf";
        if (condition.field() == null || condition.field().isBlank()) {
            problems.add(new Violation(path, "callbuilder.requiredIf.noQuestion"));
        } else if (condition.field().equals(field.key())) {
            problems.add(new Violation(path, "callbuilder.requiredIf.itself"));
        } else {
            Optional<FormField> target = form.field(condition.field());
            if (target.isEmpty()) {
                problems.add(new Violation(path, "callbuilder.requiredIf.unknown", condition.field()));
            } else if (target.get().type() != FieldType.SINGLE_CHOICE && target.get().type() != FieldType.MULTIPLE_CHOICE) {
                problems.add(new Violation(path, "callbuilder.requiredIf.notAChoice", condition.field()));
            } else if (condition.anyOf().isEmpty()) {
                problems.add(new Violation(path, "callbuilder.requiredIf.noValue"));
            } else {
                condition.anyOf().stream().filter(value -> !target.get().hasOption(value)).findFirst().ifPresent(value ->
                        problems.add(new Violation(path, "callbuilder.requiredIf.notAnOption", value, condition.field())));
            }
        }
    }

    private static void check(FormField field, String name, Pattern key, List<Violation> problems) {
        if (field.key() == null || !key.matcher(field.key()).matches() || field.type() == null || field.label() == null
                || field.label().isEmpty()) {
            problems.add(new Violation("form", "calls.call.badField", String.valueOf(name)));
            return;
        }
        if ((field.type() == FieldType.SINGLE_CHOICE || field.type() == FieldType.MULTIPLE_CHOICE) && field.options().isEmpty()) {
            problems.add(new Violation("form", "calls.call.choiceWithoutOptions", name));
        }
        for (String currency : field.currencies()) {
            if (!Money.isCurrency(currency)) {
                problems.add(new Violation("form", "calls.call.unknownCurrency", name, String.valueOf(currency)));
            }
        }
        if (!field.currencies().isEmpty() && field.type() != FieldType.MONEY) {
            problems.add(new Violation("form", "calls.call.currenciesOutsideMoney", name));
        }
        if (field.sumOf() != null && field.type() != FieldType.MONEY) {
            problems.add(new Violation("form", "calls.call.sumOfOutsideMoney", name));
        }
    }

    private static void sum(ApplicationForm form, FormField field, List<Violation> problems) {
        String[] target = field.sumOf().split("\\.", 2);
        Optional<FormField> column = form.field(target[0]).filter(group -> group.type() == FieldType.GROUP)
                .flatMap(group -> target.length < 2 ? Optional.empty() : group.column(target[1]))
                .filter(found -> found.type() == FieldType.MONEY);
        if (column.isEmpty()) {
            problems.add(new Violation("form", "calls.call.sumOfMissing", field.key(), field.sumOf()));
        }
    }
}
