package org.ansoplatform.calls;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ansoplatform.shared.LocalizedText;

/**
 * One question of an application form. {@code maxWords} applies to long texts, {@code options} to
 * choices, {@code maxBytes} and {@code contentTypes} to files. {@code optionsFollow} names another choice
 * question whose answer decides which options are offered (the discipline within the field of study): an
 * option with a {@code parent} is offered only when that question's answer is the parent.
 * <p>
 * A {@link FieldType#GROUP} asks for rows of its {@code fields} (the columns), at least {@code minItems} and at
 * most {@code maxItems} of them; a {@link FieldType#MONEY} question accepts the ISO 4217 {@code currencies}
 * (any, when empty) and, with {@code sumOf} (the group key and the money column key joined by a dot), must equal the sum of
 * that column (docs/calls.md, The form format).
 * <p>
 * {@code requiredIf} makes an optional question required when another choice question is answered with one of
 * the listed options (null: never). A {@code hidden} question is kept for the answers submitted applications gave
 * it and is no longer asked of new applicants (docs/call-builder.md).
 */
public record FormField(String key, FieldType type, LocalizedText label, LocalizedText help, boolean required,
        Integer maxWords, List<Option> options, Long maxBytes, Set<String> contentTypes, String optionsFollow,
        List<FormField> fields, Integer minItems, Integer maxItems, List<String> currencies, String sumOf, Condition requiredIf,
        Boolean hidden) {

    public FormField {
        help = help == null ? LocalizedText.of(java.util.Map.of()) : help;
        options = options == null ? List.of() : List.copyOf(options);
        contentTypes = contentTypes == null ? Set.of() : Set.copyOf(contentTypes);
        fields = fields == null ? List.of() : List.copyOf(fields);
        currencies = currencies == null ? List.of() : List.copyOf(currencies);
        sumOf = sumOf == null || sumOf.isBlank() ? null : sumOf.strip();
        hidden = Boolean.TRUE.equals(hidden); // absent from the JSON of forms saved before it existed
    }

    public FormField(String key, FieldType type, LocalizedText label, LocalizedText help, boolean required, Integer maxWords,
            List<Option> options, Long maxBytes, Set<String> contentTypes, String optionsFollow, List<FormField> fields,
            Integer minItems, Integer maxItems, List<String> currencies, String sumOf) {
        this(key, type, label, help, required, maxWords, options, maxBytes, contentTypes, optionsFollow, fields, minItems, maxItems,
                currencies, sumOf, null, false);
    }

    public FormField(String key, FieldType type, LocalizedText label, LocalizedText help, boolean required, Integer maxWords,
            List<Option> options, Long maxBytes, Set<String> contentTypes, String optionsFollow) {
        this(key, type, label, help, required, maxWords, options, maxBytes, contentTypes, optionsFollow, null, null, null, null, null);
    }

    public FormField(String key, FieldType type, LocalizedText label, LocalizedText help, boolean required, Integer maxWords,
            List<Option> options, Long maxBytes, Set<String> contentTypes) {
        this(key, type, label, help, required, maxWords, options, maxBytes, contentTypes, null);
    }

    /** A GROUP with its columns and row limits (null: none). */
    public static FormField group(String key, LocalizedText label, boolean required, List<FormField> columns, Integer minItems,
            Integer maxItems) {
        return new FormField(key, FieldType.GROUP, label, null, required, null, null, null, null, null, columns, minItems, maxItems,
                null, null);
    }

    /** A MONEY question accepting {@code currencies} (any, when empty), equal to the sum of {@code sumOf} when it names a column. */
    public static FormField money(String key, LocalizedText label, boolean required, List<String> currencies, String sumOf) {
        return new FormField(key, FieldType.MONEY, label, null, required, null, null, null, null, null, null, null, null,
                currencies, sumOf);
    }

    /** A question of a type that needs no more than its key, label and whether it is required. */
    public static FormField of(String key, FieldType type, LocalizedText label, boolean required) {
        return new FormField(key, type, label, null, required, null, null, null, null);
    }

    /** A GROUP's column by key. */
    public java.util.Optional<FormField> column(String columnKey) {
        return fields.stream().filter(column -> column.key().equals(columnKey)).findFirst();
    }

    /**
     * Whether these answers must answer it: required, or required-if with its condition met; never a hidden
     * question, which new applicants are not asked.
     */
    public boolean requiredGiven(java.util.Map<String, ?> answers) {
        return !hidden && (required || requiredIf != null && requiredIf.holds(answers));
    }

    /** The same question required when {@code condition} holds (null: never). */
    public FormField withRequiredIf(Condition condition) {
        return new FormField(key, type, label, help, required, maxWords, options, maxBytes, contentTypes, optionsFollow, fields,
                minItems, maxItems, currencies, sumOf, condition, hidden);
    }

    /** The same question, hidden from new applicants or asked again. */
    public FormField withHidden(boolean hide) {
        return new FormField(key, type, label, help, required, maxWords, options, maxBytes, contentTypes, optionsFollow, fields,
                minItems, maxItems, currencies, sumOf, requiredIf, hide);
    }

    /** The same question with other options (the track question follows the call’s tracks). */
    public FormField withOptions(List<Option> choices) {
        return new FormField(key, type, label, help, required, maxWords, choices, maxBytes, contentTypes, optionsFollow, fields,
                minItems, maxItems, currencies, sumOf, requiredIf, hidden);
    }

    /**
     * “Required when the question {@code field} is answered with one of {@code anyOf}”: a choice question of the
     * same form, and values among its options.
     */
    public record Condition(String field, List<String> anyOf) {

        public Condition {
            anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
        }

        /** Whether the answers meet it: the chosen option (or one of several chosen) is listed. */
        public boolean holds(java.util.Map<String, ?> answers) {
            Object answer = answers.get(field);
            if (answer instanceof java.util.Collection<?> chosen) {
                return chosen.stream().anyMatch(value -> value != null && anyOf.contains(value.toString()));
            }
            return answer != null && anyOf.contains(answer.toString().strip());
        }
    }

    /** A choice; with a {@code parent}, offered only when the question the field follows is answered with it. */
    @Schema(name = "FormFieldOption")
    public record Option(String value, LocalizedText label, String parent) {

        public Option(String value, LocalizedText label) {
            this(value, label, null);
        }

        /** Whether the option is offered when the followed question's answer is {@code chosen} (anything, if none). */
        public boolean offeredFor(Object chosen) {
            return parent == null || chosen == null || parent.equals(chosen.toString());
        }
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isFile() {
        return type == FieldType.FILE;
    }

    public boolean hasOption(String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }
}
