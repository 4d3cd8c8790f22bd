package org.ansoplatform.calls.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
import org.springframework.util.MultiValueMap;

/**
 * Turns a call's form and an application's answers into what the page renders, and posted fields back into
 * answers. A composite answer posts its parts as {@code key.part} ({@code budgetTotal.amount}), a group's
 * cells as {@code key[row].column} (and {@code key[row].column.part}); rows are renumbered in their order.
 */
final class ApplicationForms {

    /** The parts a composite question posts; an organization's search text ({@code q}) is no part of the answer. */
    private static final Map<FieldType, List<String>> PARTS = Map.of(
            FieldType.MONEY, List.of("amount", "currency"),
            FieldType.ORGANIZATION, List.of("organizationId", "name", "country", "rorId"),
            FieldType.PERSON, List.of("name", "email", "orcid"));

    private ApplicationForms() {
    }

    /**
     * A question (or a group's cell) as the page shows it, at its {@code path} ({@code lead},
     * {@code partners[1].organization}), with its current answer; its messages are in the page's
     * {@code applicationForm} under the path.
     */
    record Question(FormField field, String value, List<String> values, Object answer, String path, List<Row> rows) {

        Question(FormField field, String value, List<String> values) {
            this(field, value, values, value, field.key(), List.of());
        }

        /** The input's id: the path without brackets, as the error summary links to it. */
        public String id() {
            return inputId(path);
        }

        /** The posted name of a composite answer's part, and its input's id. */
        public String name(String part) {
            return path + "." + part;
        }

        public String partId(String part) {
            return inputId(path + "." + part);
        }

        /** A part of a composite answer as stored (empty when none). */
        public String part(String part) {
            Object value = answer instanceof Map<?, ?> parts ? parts.get(part) : null;
            return value == null ? "" : value.toString();
        }

        public boolean checked(String option) {
            return values.contains(option);
        }

        /** The host chosen at rank {@code index} (from 0), or empty. */
        public String ranked(int index) {
            return index < values.size() ? values.get(index) : "";
        }

        /** Whether another row may be added. */
        public boolean roomForRow() {
            return field.maxItems() == null || rows.size() < field.maxItems();
        }
    }

    /** A group's row: its number from 0 and a question per column. */
    record Row(int index, List<Question> cells) {
    }

    record Section(FormSection section, List<Question> questions) {
    }

    private static final Pattern CELL = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\[(\\d{1,4})\\]\\.([A-Za-z][A-Za-z0-9_-]*).*");

    /** The label of a group's cell by its path (Partner institutions, row 2: Institution); the path itself otherwise. */
    static String label(org.ansoplatform.calls.ApplicationForm form, String path, org.springframework.context.MessageSource messages,
            java.util.Locale locale) {
        Matcher matcher = CELL.matcher(path);
        if (!matcher.matches()) {
            return form.field(path.split("\\.", 2)[0]).map(field -> field.label().in(locale)).orElse(path);
        }
        return form.field(matcher.group(1)).flatMap(group -> group.column(matcher.group(3)).map(column ->
                messages.getMessage("calls.form.part", new Object[] {messages.getMessage("calls.form.cell", new Object[] {
                        group.label().in(locale), Integer.parseInt(matcher.group(2)) + 1}, locale), column.label().in(locale)}, locale)))
                .orElse(path);
    }

    static String inputId(String path) {
        return "q-" + path.replace("[", "").replace("]", "");
    }

    static List<Section> sections(CallView call, Map<String, Object> answers) {
        return sections(call, answers, Set.of());
    }

    /** The sections; a hidden question only where it was answered; a group shows its rows, and a blank one to type into when it has none or one is added. */
    static List<Section> sections(CallView call, Map<String, Object> answers, Set<String> addedRows) {
        List<Section> sections = new ArrayList<>();
        for (FormSection section : call.definition().form().sections()) {
            List<Question> questions = new ArrayList<>();
            for (FormField field : section.fields()) {
                // a hidden question is kept for the answers given to it, and not asked of anyone who has none
                if (!field.hidden() || answers.get(field.key()) != null) {
                    questions.add(question(field, answers.get(field.key()), field.key(), addedRows));
                }
            }
            sections.add(new Section(section, questions));
        }
        return sections;
    }

    private static Question question(FormField field, Object answer, String path, Set<String> addedRows) {
        List<String> values = answer instanceof List<?> list && field.type() != FieldType.GROUP
                ? list.stream().map(Object::toString).toList() : List.of();
        String value = answer == null || answer instanceof List<?> || answer instanceof Map<?, ?> ? "" : answer.toString();
        List<Row> rows = new ArrayList<>();
        if (field.type() == FieldType.GROUP) {
            List<?> stored = answer instanceof List<?> list ? list : List.of();
            int count = stored.size() + (stored.isEmpty() || addedRows.contains(field.key()) ? 1 : 0);
            if (field.maxItems() != null) {
                count = Math.min(count, Math.max(field.maxItems(), stored.size()));
            }
            for (int i = 0; i < count; i++) {
                Map<?, ?> cells = i < stored.size() && stored.get(i) instanceof Map<?, ?> map ? map : Map.of();
                List<Question> row = new ArrayList<>();
                for (FormField column : field.fields()) {
                    row.add(question(column, cells.get(column.key()), path + "[" + i + "]." + column.key(), Set.of()));
                }
                rows.add(new Row(i, row));
            }
        }
        return new Question(field, value, values, answer, path, rows);
    }

    /** Whether the post is the answers' form (it carries at least one question), not a button without fields. */
    static boolean carriesAnswers(CallView call, MultiValueMap<String, String> posted) {
        return call.definition().form().fields().stream().anyMatch(field -> !field.isFile()
                && posted.keySet().stream().anyMatch(name -> name.equals(field.key()) || name.startsWith(field.key() + ".")
                        || name.startsWith(field.key() + "[")));
    }

    /** The answers a posted form carries: every question but files, lists for multiple choices and rankings. */
    static Map<String, Object> answers(CallView call, MultiValueMap<String, String> posted) {
        return answers(call, posted, null);
    }

    /** The same without one group's row (partners.2: the applicant removed it). */
    static Map<String, Object> answers(CallView call, MultiValueMap<String, String> posted, String removedRow) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormField field : call.definition().form().fields()) {
            if (!field.isFile()) {
                answers.put(field.key(), answer(field, field.key(), posted, removedRow));
            }
        }
        return answers;
    }

    private static Object answer(FormField field, String path, MultiValueMap<String, String> posted, String removedRow) {
        if (field.type() == FieldType.GROUP) {
            Pattern cell = Pattern.compile(Pattern.quote(path) + "\\[(\\d{1,4})\\]\\.([A-Za-z][A-Za-z0-9_-]*)(?:\\.[A-Za-z]+)?");
            TreeMap<Integer, Boolean> indexes = new TreeMap<>();
            for (String name : posted.keySet()) {
                Matcher matcher = cell.matcher(name);
                if (matcher.matches() && !(path + "." + Integer.parseInt(matcher.group(1))).equals(removedRow)) {
                    indexes.put(Integer.parseInt(matcher.group(1)), true);
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int index : indexes.keySet()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (FormField column : field.fields()) {
                    row.put(column.key(), answer(column, path + "[" + index + "]." + column.key(), posted, null));
                }
                rows.add(row);
            }
            return rows;
        }
        List<String> parts = PARTS.get(field.type());
        if (parts != null) {
            Map<String, Object> answer = new LinkedHashMap<>();
            for (String part : parts) {
                List<String> values = posted.get(path + "." + part);
                if (values != null && !values.isEmpty()) {
                    answer.put(part, values.get(0));
                }
            }
            return answer.isEmpty() ? null : answer;
        }
        List<String> values = posted.getOrDefault(path, List.of());
        if (field.type() == FieldType.MULTIPLE_CHOICE || field.type() == FieldType.HOST_RANKING) {
            return values.stream().filter(v -> v != null && !v.isBlank()).toList();
        }
        return values.isEmpty() ? null : values.get(0);
    }
}
