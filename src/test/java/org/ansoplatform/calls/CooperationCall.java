package org.ansoplatform.calls;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.ansoplatform.shared.LocalizedText;

/** The cooperation call's form of contracts18.md §2, with the new field types, for the calls tests. */
public final class CooperationCall {

    private CooperationCall() {
    }

    public static ApplicationForm form() {
        List<FormField> fields = new ArrayList<>();
        fields.add(text("title", FieldType.TEXT, "Title", true));
        fields.add(text("acronym", FieldType.TEXT, "Acronym", false));
        fields.add(text("abstract", FieldType.LONG_TEXT, "Abstract", true));
        // optional here so that the calls tests' answers need not name it; the demo's call requires it
        fields.add(new FormField("discipline", FieldType.SINGLE_CHOICE, label("Main discipline"), null, false, null,
                List.of(new FormField.Option("1.5", label("Earth and related environmental sciences")),
                        new FormField.Option("4.1", label("Agriculture, forestry and fisheries"))), null, null));
        fields.add(text("pi", FieldType.PERSON, "Principal investigator", true));
        fields.add(text("lead", FieldType.ORGANIZATION, "Lead institution", true));
        fields.add(FormField.group("partners", label("Partner institutions"), false, List.of(
                text("organization", FieldType.ORGANIZATION, "Institution", true),
                choice("role", "Role", List.of("PARTNER", "ASSOCIATE"))), 1, 10));
        fields.add(FormField.group("workPackages", label("Work packages"), false, List.of(
                text("code", FieldType.TEXT, "Code", true), text("title", FieldType.TEXT, "Title", true)), null, 20));
        fields.add(text("start", FieldType.DATE, "Planned start", false));
        fields.add(text("months", FieldType.NUMBER, "Duration in months", false));
        fields.add(FormField.group("budget", label("Budget"), true, List.of(
                text("year", FieldType.NUMBER, "Year", true),
                choice("category", "Category", List.of("PERSONNEL", "EQUIPMENT", "TRAVEL", "TRAINING", "OTHER")),
                FormField.money("amount", label("Amount"), true, List.of("USD", "CNY"), null)), null, 40));
        fields.add(FormField.money("budgetTotal", label("Requested in total"), true, List.of("USD", "CNY"), "budget.amount"));
        fields.add(new FormField("sdgs", FieldType.MULTIPLE_CHOICE, label("SDGs"), null, false, null,
                IntStream.rangeClosed(1, 17).mapToObj(i -> new FormField.Option(String.valueOf(i), label("SDG " + i))).toList(), null, null));
        return new ApplicationForm(List.of(new FormSection("proposal", label("The proposal"), fields)));
    }

    public static CallDefinition call(LocalDateTime opens, LocalDateTime closes) {
        String code = "coop-" + UUID.randomUUID().toString().substring(0, 8);
        String prefix = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        return new CallDefinition("cooperation", code, prefix, LocalizedText.of("Cooperation call " + code, "合作项目 " + code),
                LocalizedText.of("A cooperation call for tests", "测试"), ZoneId.of("Asia/Shanghai"), opens, closes, CallStatus.OPEN, 0, 0,
                List.of(), List.of(), form(), "[]");
    }

    public static Map<String, Object> money(String amount, String currency) {
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("amount", amount);
        money.put("currency", currency);
        return money;
    }

    public static Map<String, Object> listed(UUID organizationId) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("organizationId", organizationId.toString());
        return organization;
    }

    public static Map<String, Object> unlisted(String name, String country) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("name", name);
        organization.put("country", country);
        return organization;
    }

    public static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    /** A proposal with the lead from the directory, two partners (one not listed) and a budget of 7,000 + 5,000 USD. */
    public static Map<String, Object> answers(UUID lead, UUID partner, String total) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("title", "Water purification stations for rural villages");
        answers.put("abstract", "Distributed stations, trained operators.");
        answers.put("pi", row("name", "Aigul Sydykova", "email", "aigul@example.org", "orcid", "0000-0002-1825-0097"));
        answers.put("lead", listed(lead));
        answers.put("partners", List.of(row("organization", listed(partner), "role", "PARTNER"),
                row("organization", unlisted("Naryn Village Water Board", "KG"), "role", "ASSOCIATE")));
        answers.put("budget", List.of(row("year", "2021", "category", "EQUIPMENT", "amount", money("7000", "USD")),
                row("year", "2022", "category", "TRAINING", "amount", money("5000.00", "USD"))));
        answers.put("budgetTotal", money(total, "USD"));
        answers.put("sdgs", List.of("6"));
        return answers;
    }

    private static FormField text(String key, FieldType type, String label, boolean required) {
        return FormField.of(key, type, label(label), required);
    }

    private static FormField choice(String key, String label, List<String> options) {
        return new FormField(key, FieldType.SINGLE_CHOICE, label(label), null, true, null,
                options.stream().map(option -> new FormField.Option(option, label(option))).toList(), null, null);
    }

    private static LocalizedText label(String english) {
        return LocalizedText.of(english, english);
    }
}
