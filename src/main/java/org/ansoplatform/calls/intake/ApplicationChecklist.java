package org.ansoplatform.calls.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.ApplicationView.DocumentView;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.eligibility.ApplicantFacts;
import org.ansoplatform.calls.eligibility.DraftRules;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Evaluation;
import org.ansoplatform.calls.eligibility.Reason;
import org.ansoplatform.calls.eligibility.Rule;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.springframework.stereotype.Component;

/**
 * What a draft still lacks, computed from the call's form and rules as the draft stands: every required
 * answer and document (including those the rules make required given the answers, such as the language
 * certificate once one is declared), the track and the referees. The same list refuses a submission and is
 * shown live on the page, so the applicant never learns of a fixable gap only after submitting. Rules no
 * answer changes (too old, an excluded nationality) are warnings: the applicant may still submit and the
 * Secretariat screens.
 */
@Component
public class ApplicationChecklist {

    private final ApplicationScreening screening;

    ApplicationChecklist(ApplicationScreening screening) {
        this.screening = screening;
    }

    /**
     * @param missing           what blocks a submission, each on its question's or document's key (or
     *                          {@code referees}), in the form's order
     * @param requiredDocuments the document types required now (the form's and the rules')
     * @param warnings          the rules' failures that no answer of the applicant fixes
     */
    public record Checklist(List<Violation> missing, Set<String> requiredDocuments, List<Reason> warnings) {

        public boolean complete() {
            return missing.isEmpty();
        }

        public boolean documentRequired(String type) {
            return requiredDocuments.contains(type);
        }
    }

    public Checklist of(ApplicationView application, CallView call) {
        Set<String> uploaded = application.documents().stream().map(DocumentView::type).collect(Collectors.toSet());
        Set<String> documentFields = call.definition().form().documents().stream().map(FormField::key).collect(Collectors.toSet());
        List<Rule> rules = screening.rules(call);
        ApplicantFacts facts = ApplicationScreening.facts(application);
        Evaluation evaluation = Eligibility.evaluate(rules, facts);

        Set<String> required = new TreeSet<>();
        call.definition().form().documents().stream().filter(FormField::required).map(FormField::key).forEach(required::add);
        DraftRules.documentsDemanded(rules, facts).stream().filter(documentFields::contains).forEach(required::add);

        Map<String, Violation> missing = new LinkedHashMap<>();
        for (FormField field : call.definition().form().fields()) {
            if (field.isFile() && required.contains(field.key()) && !uploaded.contains(field.key())) {
                missing.put(field.key(), new Violation(field.key(), "calls.form.documentMissing"));
            }
        }
        call.definition().form().checkComplete(application.answers(), uploaded)
                .forEach(violation -> missing.putIfAbsent(violation.field(), violation));
        if (!call.definition().tracks().isEmpty() && application.trackCode() == null) {
            missing.putIfAbsent(ApplicationIntake.TRACK, new Violation(ApplicationIntake.TRACK, "calls.form.required"));
        }
        List<Reason> warnings = new ArrayList<>(DraftRules.unfixable(evaluation));
        for (DraftRules.Fix fix : DraftRules.fixes(evaluation)) {
            String key = key(fix);
            boolean asked = call.definition().form().field(key).isPresent();
            if (asked) {
                missing.putIfAbsent(key, new Violation(key, fix.missing() == DraftRules.Missing.DOCUMENT
                        ? "calls.form.documentMissing" : "calls.form.required"));
            }
        }
        // a referee who declined is no referee: the applicant asks someone else
        if (application.referees().stream().filter(referee -> !referee.declined()).count() < call.definition().refereeCount()) {
            missing.put("referees", new Violation("referees", "calls.referee.tooFew", call.definition().refereeCount()));
        }
        return new Checklist(ordered(call, missing), required, warnings);
    }

    /** The missing items in the order of the form's questions and documents, then the rest (referees). */
    private static List<Violation> ordered(CallView call, Map<String, Violation> missing) {
        List<Violation> ordered = new ArrayList<>();
        Map<String, Violation> left = new LinkedHashMap<>(missing);
        for (FormField field : call.definition().form().fields()) {
            Violation violation = left.remove(field.key());
            if (violation != null) {
                ordered.add(violation);
            }
        }
        ordered.addAll(left.values());
        return List.copyOf(ordered);
    }

    private static String key(DraftRules.Fix fix) {
        return switch (fix.missing()) {
            case BIRTH_DATE -> ApplicationScreening.BIRTH_DATE;
            case HIGHEST_DEGREE -> ApplicationScreening.HIGHEST_DEGREE;
            case DEGREE_DATE -> ApplicationScreening.DEGREE_DATE;
            case NATIONALITY -> ApplicationScreening.NATIONALITY;
            case LANGUAGE_CERTIFICATE -> ApplicationScreening.LANGUAGE_CERTIFICATE;
            case DOCUMENT -> fix.documentType();
        };
    }
}
