package org.ansoplatform.calls.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.util.MultiValueMap;

/**
 * The form builder’s question editor as typed: every input a text, so that a refused value is shown again as it
 * was typed. Inputs that do not apply to the chosen type are ignored, which lets the Secretariat change a type and
 * fill in what the new one needs in one save (options for a choice, columns for a group).
 */
public record FieldDraft(String key, String type, Map<String, String> label, Map<String, String> help, boolean required,
        boolean hidden, String requiredIfField, String requiredIfValues, String maxWords, List<OptionRow> options,
        String optionsFollow, String contentTypes, String maxMegabytes, List<ColumnRow> columns, String minItems,
        String maxItems, String currencies, String sumOf) {

    private static final long MEGABYTE = 1024L * 1024L;
    private static final Pattern OPTION = Pattern.compile("options\\[(\\d{1,3})\\]\\.(value|parent|label\\[([a-z-]{2,8})\\])");
    private static final Pattern COLUMN = Pattern.compile("columns\\[(\\d{1,3})\\]\\.(key|type|required|label\\[([a-z-]{2,8})\\])");
    private static final Pattern TEXT = Pattern.compile("(?:fields\\[[^\\]]{1,60}\\]\\.)?(label|help)\\[([a-z-]{2,8})\\]");

    /** An option: its value, a label per language, and the parent it belongs to when the options follow another answer. */
    public record OptionRow(String value, Map<String, String> label, String parent) {
    }

    /** A group’s column: a simple question of its own. */
    public record ColumnRow(String key, String type, Map<String, String> label, boolean required) {
    }

    static FieldDraft of(FormField field) {
        List<OptionRow> options = new ArrayList<>(field.options().stream()
                .map(option -> new OptionRow(option.value(), option.label().values(), option.parent())).toList());
        List<ColumnRow> columns = new ArrayList<>(field.fields().stream()
                .map(column -> new ColumnRow(column.key(), column.type().name(), column.label().values(), column.required())).toList());
        return new FieldDraft(field.key(), field.type().name(), field.label().values(), field.help().values(), field.required(),
                field.hidden(), field.requiredIf() == null ? "" : field.requiredIf().field(),
                field.requiredIf() == null ? "" : String.join(", ", field.requiredIf().anyOf()), text(field.maxWords()), options,
                field.optionsFollow(), String.join(", ", field.contentTypes()),
                field.maxBytes() == null ? "" : BigDecimal.valueOf(field.maxBytes()).divide(BigDecimal.valueOf(MEGABYTE))
                        .stripTrailingZeros().toPlainString(),
                columns, text(field.minItems()), text(field.maxItems()), String.join(", ", field.currencies()), field.sumOf()).padded();
    }

    static FieldDraft posted(MultiValueMap<String, String> posted) {
        Map<String, String> label = new LinkedHashMap<>();
        Map<String, String> help = new LinkedHashMap<>();
        Map<Integer, String[]> options = new java.util.TreeMap<>();
        Map<Integer, Map<String, String>> optionLabels = new java.util.TreeMap<>();
        Map<Integer, String[]> columns = new java.util.TreeMap<>();
        Map<Integer, Map<String, String>> columnLabels = new java.util.TreeMap<>();
        posted.forEach((name, values) -> {
            String value = values.isEmpty() ? "" : values.get(0);
            Matcher text = TEXT.matcher(name);
            Matcher option = OPTION.matcher(name);
            Matcher column = COLUMN.matcher(name);
            if (text.matches()) {
                (text.group(1).equals("label") ? label : help).put(text.group(2), value);
            } else if (option.matches()) {
                int row = Integer.parseInt(option.group(1));
                String[] cells = options.computeIfAbsent(row, r -> new String[2]);
                switch (option.group(2)) {
                    case "value" -> cells[0] = value;
                    case "parent" -> cells[1] = value;
                    default -> optionLabels.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(option.group(3), value);
                }
            } else if (column.matches()) {
                int row = Integer.parseInt(column.group(1));
                String[] cells = columns.computeIfAbsent(row, r -> new String[3]);
                switch (column.group(2)) {
                    case "key" -> cells[0] = value;
                    case "type" -> cells[1] = value;
                    case "required" -> cells[2] = values.contains("true") ? "true" : cells[2];
                    default -> columnLabels.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column.group(3), value);
                }
            }
        });
        optionLabels.keySet().forEach(row -> options.computeIfAbsent(row, r -> new String[2]));
        columnLabels.keySet().forEach(row -> columns.computeIfAbsent(row, r -> new String[3]));
        List<OptionRow> optionRows = new ArrayList<>();
        options.forEach((row, cells) -> optionRows.add(new OptionRow(strip(cells[0]), optionLabels.getOrDefault(row, Map.of()), strip(cells[1]))));
        List<ColumnRow> columnRows = new ArrayList<>();
        columns.forEach((row, cells) -> columnRows.add(new ColumnRow(strip(cells[0]), strip(cells[1]), columnLabels.getOrDefault(row, Map.of()),
                "true".equals(cells[2]))));
        return new FieldDraft(one(posted, "key"), one(posted, "type"), label, help, checked(posted, "required"), checked(posted, "hidden"),
                one(posted, "requiredIfField"), one(posted, "requiredIfValues"), one(posted, "maxWords"), optionRows,
                one(posted, "optionsFollow"), one(posted, "contentTypes"), one(posted, "maxMegabytes"), columnRows, one(posted, "minItems"),
                one(posted, "maxItems"), one(posted, "currencies"), one(posted, "sumOf"));
    }

    /** Two blank option rows and two blank column rows to type into, without JavaScript. */
    FieldDraft padded() {
        List<OptionRow> moreOptions = new ArrayList<>(options.stream().filter(row -> !blank(row.value()) || !emptyText(row.label())).toList());
        moreOptions.add(new OptionRow("", Map.of(), ""));
        moreOptions.add(new OptionRow("", Map.of(), ""));
        List<ColumnRow> moreColumns = new ArrayList<>(columns.stream().filter(row -> !blank(row.key()) || !emptyText(row.label())).toList());
        moreColumns.add(new ColumnRow("", "", Map.of(), false));
        moreColumns.add(new ColumnRow("", "", Map.of(), false));
        return new FieldDraft(key, type, label, help, required, hidden, requiredIfField, requiredIfValues, maxWords, moreOptions,
                optionsFollow, contentTypes, maxMegabytes, moreColumns, minItems, maxItems, currencies, sumOf);
    }

    /**
     * The question this describes; what cannot be read (a number that is none, an unknown type) is refused at
     * {@code path} plus the input’s name ({@code fields[cv].maxWords}), and the result is then null.
     */
    FormField toField(String path, List<Violation> problems) {
        int before = problems.size();
        FieldType fieldType = type(type, path + ".type", problems);
        Integer words = number(maxWords, path + ".maxWords", problems);
        Integer min = number(minItems, path + ".minItems", problems);
        Integer max = number(maxItems, path + ".maxItems", problems);
        Long bytes = null;
        if (!blank(maxMegabytes)) {
            try {
                BigDecimal megabytes = new BigDecimal(maxMegabytes.strip());
                if (megabytes.signum() <= 0 || megabytes.compareTo(BigDecimal.valueOf(1024)) > 0) {
                    problems.add(new Violation(path + ".maxMegabytes", "callbuilder.badSize"));
                } else {
                    bytes = megabytes.multiply(BigDecimal.valueOf(MEGABYTE)).longValue();
                }
            } catch (NumberFormatException e) {
                problems.add(new Violation(path + ".maxMegabytes", "callbuilder.badSize"));
            }
        }
        if (words != null && words < 1) {
            problems.add(new Violation(path + ".maxWords", "callbuilder.notANumber"));
        }
        List<FormField.Option> choices = new ArrayList<>();
        for (OptionRow row : options) {
            if (blank(row.value()) && emptyText(row.label())) {
                continue;
            }
            if (blank(row.value()) || emptyText(row.label())) {
                problems.add(new Violation(path + ".options", "callbuilder.optionIncomplete"));
                break;
            }
            choices.add(new FormField.Option(row.value().strip(), LocalizedText.of(row.label()), blank(row.parent()) ? null : row.parent().strip()));
        }
        List<FormField> columnFields = new ArrayList<>();
        for (ColumnRow row : columns) {
            if (blank(row.key()) && emptyText(row.label())) {
                continue;
            }
            FieldType columnType = type(row.type(), path + ".columns", problems);
            columnFields.add(FormField.of(strip(row.key()), columnType, LocalizedText.of(row.label()), row.required()));
        }
        FormField.Condition condition = null;
        if (!blank(requiredIfField)) {
            condition = new FormField.Condition(requiredIfField.strip(), Arrays.stream(blank(requiredIfValues) ? new String[0]
                    : requiredIfValues.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList());
        }
        if (problems.size() > before) {
            return null;
        }
        boolean choice = fieldType == FieldType.SINGLE_CHOICE || fieldType == FieldType.MULTIPLE_CHOICE;
        boolean group = fieldType == FieldType.GROUP;
        boolean money = fieldType == FieldType.MONEY;
        boolean file = fieldType == FieldType.FILE;
        return new FormField(strip(key), fieldType, LocalizedText.of(label), LocalizedText.of(help), required,
                fieldType == FieldType.LONG_TEXT ? words : null, choice ? choices : null, file ? bytes : null,
                file ? new LinkedHashSet<>(list(contentTypes)) : null, choice && !blank(optionsFollow) ? optionsFollow.strip() : null,
                group ? columnFields : null, group ? min : null, group ? max : null,
                money ? list(currencies).stream().map(code -> code.toUpperCase(java.util.Locale.ROOT)).toList() : null,
                money ? sumOf : null, condition, hidden);
    }

    private static FieldType type(String name, String path, List<Violation> problems) {
        try {
            return FieldType.valueOf(strip(name));
        } catch (IllegalArgumentException e) {
            problems.add(new Violation(path, "callbuilder.typeRequired"));
            return null;
        }
    }

    private static Integer number(String text, String path, List<Violation> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0) {
                problems.add(new Violation(path, "callbuilder.notANumber"));
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new Violation(path, "callbuilder.notANumber"));
            return null;
        }
    }

    private static List<String> list(String text) {
        return blank(text) ? List.of() : Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static String one(MultiValueMap<String, String> posted, String name) {
        String value = posted.getFirst(name);
        return value == null ? "" : value;
    }

    private static boolean checked(MultiValueMap<String, String> posted, String name) {
        return posted.getOrDefault(name, List.of()).contains("true");
    }

    private static String text(Integer number) {
        return number == null ? "" : number.toString();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean emptyText(Map<String, String> texts) {
        return texts.values().stream().allMatch(FieldDraft::blank);
    }
}
