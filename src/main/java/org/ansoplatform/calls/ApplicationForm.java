package org.ansoplatform.calls;

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

/**
 * The questions a call asks, in sections. Answers are kept as typed: a string per question, a list of
 * strings for multiple choices and host rankings, an object of parts for money, organizations and persons,
 * and a list of rows for groups (docs/calls.md, The form format). A draft may be incomplete but never
 * holds a malformed answer; a submission must also answer every required question, fill every group's
 * required columns, add up every sum and upload every required document.
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

    /** An organization of the directory, as an ORGANIZATION answer copies it. */
    public record Organization(java.util.UUID id, String name, String country, String rorId) {
    }

    /** Looks organizations up by id (the calls module's is the organizations directory). */
    @FunctionalInterface
    public interface Directory {

        Optional<Organization> organization(java.util.UUID id);

        /** The directory's organization with this ROR id, so that an id typed in picks it as a choice would. */
        default Optional<Organization> byRorId(org.ansoplatform.shared.RorId rorId) {
            return Optional.empty();
        }

        static Directory none() {
            return id -> Optional.empty();
        }
    }

    public Map<String, Object> checkDraft(Map<String, ?> answers, Collection<String> hostCodes, List<Violation> violations) {
        return checkDraft(answers, hostCodes, Directory.none(), violations);
    }

    /**
     * Checks answers being saved to a draft, all of them, and returns them normalised (trimmed, empty
     * answers removed as null, composite answers in their stored shape). Unknown questions, files and host
     * rankings (kept elsewhere) are refused; each problem names its path ({@code partners[2].organization}).
     */
    public Map<String, Object> checkDraft(Map<String, ?> answers, Collection<String> hostCodes, Directory directory,
            List<Violation> violations) {
        AnswerRules rules = new AnswerRules(hostCodes, directory, violations);
        Map<String, Object> clean = new LinkedHashMap<>();
        answers.forEach((key, raw) -> {
            Optional<FormField> found = field(key);
            if (found.isEmpty() || found.get().isFile()) {
                violations.add(new Violation(key, "calls.form.unknownField", key));
                return;
            }
            int before = violations.size();
            Object value = rules.clean(found.get(), raw, key);
            if (violations.size() == before) {
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

    /**
     * Every required question answered and every required document uploaded, each group's rows within its
     * limits with their required columns, composite answers whole and each sum adding up: all reported together.
     */
    public List<Violation> checkComplete(Map<String, Object> answers, Set<String> uploadedDocuments) {
        List<Violation> missing = new ArrayList<>();
        for (FormField field : fields()) {
            Object answer = AnswerRules.normalise(answers.get(field.key()));
            if (field.isFile()) {
                if (field.requiredGiven(answers) && !uploadedDocuments.contains(field.key())) {
                    missing.add(new Violation(field.key(), "calls.form.documentMissing"));
                }
                continue;
            }
            if (answer == null) {
                if (field.requiredGiven(answers) || !field.hidden() && Completeness.minRows(field) > 0) {
                    missing.add(Completeness.minRows(field) > 1 ? new Violation(field.key(), "calls.form.tooFewRows", field.minItems(), 0)
                            : field.required() || field.requiredIf() == null ? new Violation(field.key(), "calls.form.required")
                            : new Violation(field.key(), "callbuilder.form.requiredBecause"));
                }
                continue;
            }
            Completeness.check(field, answer, field.key(), missing);
        }
        Completeness.sums(this, answers, missing);
        return missing;
    }
}
