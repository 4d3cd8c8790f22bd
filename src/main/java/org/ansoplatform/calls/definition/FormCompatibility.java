package org.ansoplatform.calls.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.LocalizedText;

/**
 * What a new version of a form does to the answers already given. Submitted applications are a record: a question
 * they answered may not be removed nor change its type (their answers would no longer be read), only be hidden
 * from new applicants. Drafts are still being written, so they are told what they lose and never block the change.
 */
public final class FormCompatibility {

    private FormCompatibility() {
    }

    /** A draft-side consequence: {@code drafts} drafts lose (or must re-enter) their answer to {@code label}. */
    public record Loss(String key, LocalizedText label, int drafts) {
    }

    /** The refusals, each on the builder’s path of the question ({@code fields[cv]}, {@code fields[cv].type}). */
    public static List<Violation> refusals(ApplicationForm old, ApplicationForm changed, AnsweredKeyQueries.Counts counts) {
        List<Violation> problems = new ArrayList<>();
        for (FormField before : old.fields()) {
            int answered = counts.submitted(before.key());
            if (answered == 0) {
                continue;
            }
            Optional<FormField> after = changed.field(before.key());
            if (after.isEmpty()) {
                problems.add(new Violation("fields[" + before.key() + "]", "callbuilder.compat.removed", answered,
                        label(before)));
            } else if (after.get().type() != before.type()) {
                problems.add(new Violation("fields[" + before.key() + "].type", "callbuilder.compat.typeChanged", answered,
                        label(before)));
            }
        }
        return problems;
    }

    /** What drafts lose with the change: answers to removed questions and to questions of another type. */
    public static List<Loss> losses(ApplicationForm old, ApplicationForm changed, AnsweredKeyQueries.Counts counts) {
        List<Loss> losses = new ArrayList<>();
        for (FormField before : old.fields()) {
            int drafts = counts.drafts(before.key());
            Optional<FormField> after = changed.field(before.key());
            if (drafts > 0 && (after.isEmpty() || after.get().type() != before.type())) {
                losses.add(new Loss(before.key(), before.label(), drafts));
            }
        }
        return losses;
    }

    private static String label(FormField field) {
        return field.label() == null || field.label().isEmpty() ? field.key() : field.label().in(java.util.Locale.ENGLISH);
    }
}
