package org.ansoplatform.calls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.CountryCode;

/**
 * The questions a call asks, in sections. Answers are kept as typed: a string per question, or a list of
 * strings for multiple choices and host rankings. A draft may be incomplete but never holds a malformed
 * answer; a submission must also answer every required question and upload every required document.
 */
public record ApplicationForm(List<FormSection> sections) {

    private static final Pattern WORD = Pattern.compile("\\p{IsHan}|[^\\s\\p{IsHan}]+");
    public static final int MAX_TEXT = 500;
    public static final int MAX_LONG_TEXT = 20_000;

    public ApplicationForm {
        sections = sections == null ? List.of() : List.copyOf(sections);
        Set<String> keys = new HashSet<>();
        for (FormSection section : sections) {
            for (FormField field : section.fields()) {
                if (!keys.add(field.key())) {
                    throw new IllegalArgumentException("the form asks " + field.key() + " twice");
                }
            }
        }
    }

    public static ApplicationForm empty() {
        return new ApplicationForm(List.of());
    }

    public List<FormField> fields() {
        return sections.stream().flatMap(section -> section.fields().stream()).toList();
    }

    public Optional<FormField> field(String key) {
        return fields().stream().filter(field -> field.key().equals(key)).findFirst();
    }

    public List<FormField> documents() {
        return fields().stream().filter(FormField::isFile).toList();
    }

    /** Words as a reader counts them: runs of letters, and each Chinese character on its own. */
    public static int words(String text) {
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * Checks answers being saved to a draft, all of them, and returns them normalised (trimmed, empty
     * answers removed as null). Unknown questions, files and host rankings (kept elsewhere) are refused.
     */
    public Map<String, Object> checkDraft(Map<String, ?> answers, Collection<String> hostCodes, List<Violation> violations) {
        Map<String, Object> clean = new LinkedHashMap<>();
        answers.forEach((key, raw) -> {
            Optional<FormField> found = field(key);
            if (found.isEmpty() || found.get().isFile()) {
                violations.add(new Violation(key, "calls.form.unknownField", key));
                return;
            }
            FormField field = found.get();
            Object value = normalise(raw);
            if (value == null) {
                clean.put(key, null);
                return;
            }
            String problem = problem(field, value, hostCodes);
            if (problem != null) {
                violations.add(new Violation(key, problem, field.maxWords() == null ? 0 : field.maxWords(),
                        value instanceof String text ? words(text) : 0));
            } else {
                clean.put(key, value);
            }
        });
        return clean;
    }

    /**
     * The answers without a choice that no longer belongs to the answer it follows (a discipline of another
     * field of study, once the field changed): the page no longer offers it, so it is not kept.
     */
    public Map<String, Object> withoutOrphans(Map<String, Object> answers) {
        Map<String, Object> kept = new LinkedHashMap<>(answers);
        for (FormField field : fields()) {
            Object chosen = kept.get(field.key());
            if (field.optionsFollow() != null && chosen != null && field.options().stream()
                    .anyMatch(option -> option.value().equals(chosen.toString()) && !option.offeredFor(kept.get(field.optionsFollow())))) {
                kept.remove(field.key());
            }
        }
        return kept;
    }

    /** Every required question answered and every required document uploaded, all reported together. */
    public List<Violation> checkComplete(Map<String, Object> answers, Set<String> uploadedDocuments) {
        List<Violation> missing = new ArrayList<>();
        for (FormField field : fields()) {
            if (!field.required()) {
                continue;
            }
            boolean present = field.isFile() ? uploadedDocuments.contains(field.key()) : normalise(answers.get(field.key())) != null;
            if (!present) {
                missing.add(new Violation(field.key(), field.isFile() ? "calls.form.documentMissing" : "calls.form.required"));
            }
        }
        return missing;
    }

    private static Object normalise(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Collection<?> values) {
            List<String> list = values.stream().filter(v -> v != null && !v.toString().isBlank()).map(v -> v.toString().strip()).toList();
            return list.isEmpty() ? null : list;
        }
        String text = raw.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static String problem(FormField field, Object value, Collection<String> hostCodes) {
        boolean list = value instanceof List<?>;
        if (list != (field.type() == FieldType.MULTIPLE_CHOICE || field.type() == FieldType.HOST_RANKING)) {
            return "calls.form.malformed";
        }
        return switch (field.type()) {
            case TEXT -> value.toString().length() > MAX_TEXT ? "calls.form.tooLong" : null;
            case LONG_TEXT -> value.toString().length() > MAX_LONG_TEXT ? "calls.form.tooLong"
                    : field.maxWords() != null && words(value.toString()) > field.maxWords() ? "calls.form.tooManyWords" : null;
            case SINGLE_CHOICE -> field.hasOption(value.toString()) ? null : "calls.form.notAnOption";
            case MULTIPLE_CHOICE -> ((List<?>) value).stream().allMatch(v -> field.hasOption(v.toString()))
                    && new HashSet<>((List<?>) value).size() == ((List<?>) value).size() ? null : "calls.form.notAnOption";
            case DATE -> date(value.toString()) ? null : "calls.form.notADate";
            case COUNTRY -> CountryCode.isValid(value.toString()) ? null : "calls.form.notACountry";
            case NUMBER -> number(value.toString()) ? null : "calls.form.notANumber";
            case EMAIL -> org.ansoplatform.shared.EmailAddress.isValid(value.toString()) ? null : "calls.form.notAnEmail";
            case HOST_RANKING -> ((List<?>) value).stream().allMatch(v -> hostCodes.contains(v.toString()))
                    && new HashSet<>((List<?>) value).size() == ((List<?>) value).size() ? null : "calls.form.notAHost";
            case FILE -> "calls.form.malformed";
        };
    }

    private static boolean date(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean number(String text) {
        try {
            new BigDecimal(text);
            return text.length() <= 30;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
