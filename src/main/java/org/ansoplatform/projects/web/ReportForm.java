package org.ansoplatform.projects.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.projects.ExpenseLine;
import org.ansoplatform.projects.ReportDraft;
import org.ansoplatform.projects.ReportView;
import org.springframework.util.MultiValueMap;

/**
 * A report as posted: {@code narrative}, {@code indicator.<key>} (the project's indicators are data, so the form
 * binds a MultiValueMap) and the financial statement's lines as parallel fields {@code expensePartner},
 * {@code expenseYear}, {@code expenseCategory}, {@code expenseAmount}, {@code expenseDescription}. What was typed
 * stays in {@link #typed} (the target of the binding result) and {@link #rows}, so a refused form shows it again.
 */
record ReportForm(ReportDraft draft, Map<String, String> typed, List<Row> rows) {

    static final String NAME = "form";
    static final int BLANK_ROWS = 3;

    /** A statement line as typed. */
    record Row(String partner, String year, String category, String amount, String description) {
        static final Row BLANK = new Row("", "", "", "", "");
    }

    static boolean posted(MultiValueMap<String, String> posted) {
        return posted.containsKey("narrative");
    }

    static ReportForm of(MultiValueMap<String, String> posted) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> indicators = new LinkedHashMap<>();
        String narrative = first(posted, "narrative");
        typed.put("narrative", narrative);
        posted.forEach((name, values) -> {
            if (name.startsWith("indicator.")) {
                String value = values.isEmpty() || values.get(0) == null ? "" : values.get(0);
                typed.put(name, value);
                indicators.put(name.substring("indicator.".length()), value);
            }
        });
        List<Row> rows = new ArrayList<>();
        List<ReportDraft.Expense> expenses = new ArrayList<>();
        int count = size(posted, "expensePartner", "expenseYear", "expenseCategory", "expenseAmount", "expenseDescription");
        for (int i = 0; i < count; i++) {
            Row row = new Row(at(posted, "expensePartner", i), at(posted, "expenseYear", i), at(posted, "expenseCategory", i),
                    at(posted, "expenseAmount", i), at(posted, "expenseDescription", i));
            if ((row.partner() + row.year() + row.category() + row.amount() + row.description()).isBlank()) {
                continue;
            }
            rows.add(row);
            expenses.add(new ReportDraft.Expense(uuid(row.partner()), year(row.year()), category(row.category()),
                    row.amount(), row.description()));
        }
        return new ReportForm(new ReportDraft(narrative, indicators, expenses), typed, rows);
    }

    /** The report as saved, shown in the form. */
    static Map<String, String> shown(ReportView report) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("narrative", report.narrative());
        report.indicators().forEach(v -> shown.put("indicator." + v.key(), v.value()));
        return shown;
    }

    static List<Row> rows(List<ExpenseLine> lines) {
        return lines.stream().map(l -> new Row(l.partnerId().toString(), String.valueOf(l.year()), l.category().name(),
                l.amount().toPlainString(), l.description() == null ? "" : l.description())).toList();
    }

    /** The rows shown: those typed or saved, then a few blank ones to add lines. */
    static List<Row> withBlanks(List<Row> rows) {
        List<Row> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(Row.BLANK);
        }
        return all;
    }

    private static String first(MultiValueMap<String, String> posted, String name) {
        String value = posted.getFirst(name);
        return value == null ? "" : value;
    }

    private static int size(MultiValueMap<String, String> posted, String... names) {
        int size = 0;
        for (String name : names) {
            List<String> values = posted.get(name);
            size = Math.max(size, values == null ? 0 : values.size());
        }
        return size;
    }

    private static String at(MultiValueMap<String, String> posted, String name, int i) {
        List<String> values = posted.get(name);
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
    }

    private static UUID uuid(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** An unreadable year is kept as one no project has, so that it is refused with the project's years. */
    private static Integer year(String text) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static BudgetCategory category(String text) {
        try {
            return text.isBlank() ? null : BudgetCategory.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
