package org.ansoplatform.calls.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules read against a draft, for the applicant's checklist: which documents the rules ask for given the
 * answers so far (a language certificate becomes required once one is declared), and which failures the
 * applicant can still fix by answering or uploading, as against those that no answer of theirs changes
 * (too old, an excluded nationality). Alternatives ({@link AnyOf}) and negations ({@link Not}) are never
 * counted as fixable: which branch the applicant should fix is not for the page to guess.
 */
public final class DraftRules {

    private static final Set<String> FIXABLE = Set.of(ReasonKeys.AGE_BIRTH_DATE_MISSING, ReasonKeys.DEGREE_MISSING,
            ReasonKeys.DEGREE_DATE_MISSING, ReasonKeys.NATIONALITY_MISSING, ReasonKeys.DOCUMENT_MISSING, ReasonKeys.LANGUAGE_MISSING,
            ReasonKeys.LANGUAGE_DOCUMENT_MISSING);

    /** What a fixable reason asks for: an answer to a fact, or a document of a type. */
    public enum Missing {
        BIRTH_DATE, HIGHEST_DEGREE, DEGREE_DATE, NATIONALITY, LANGUAGE_CERTIFICATE, DOCUMENT
    }

    /** A fixable failure: what is missing and, for a document, its type. */
    public record Fix(Missing missing, String documentType) {
    }

    private DraftRules() {
    }

    /** The document types the top-level rules (and the rules all of which must hold) ask for, given the facts. */
    public static Set<String> documentsDemanded(List<Rule> rules, ApplicantFacts facts) {
        Set<String> types = new TreeSet<>();
        rules.forEach(rule -> collect(rule, facts == null ? ApplicantFacts.none() : facts, types));
        return types;
    }

    private static void collect(Rule rule, ApplicantFacts facts, Set<String> types) {
        if (rule instanceof WithReason explained) {
            collect(explained.rule(), facts, types);
        } else if (rule instanceof DocumentsPresent documents) {
            types.addAll(documents.documentTypes());
        } else if (rule instanceof LanguageCertificate && facts.languageCertificate() != null) {
            types.add(LanguageCertificate.DOCUMENT_TYPE);
        } else if (rule instanceof AllOf all) {
            all.rules().forEach(child -> collect(child, facts, types));
        }
    }

    /** The failures the applicant can still fix, in rule order, each once. */
    public static List<Fix> fixes(Evaluation evaluation) {
        List<Fix> fixes = new ArrayList<>();
        for (RuleOutcome outcome : evaluation.failures()) {
            if (outcome.reasons().stream().anyMatch(reason -> reason.messageKey().equals(ReasonKeys.ANY_OF_NONE)
                    || reason.messageKey().equals(ReasonKeys.NOT_HOLDS))) {
                continue;
            }
            outcome.reasons().stream().filter(DraftRules::fixable).map(DraftRules::fix).filter(fix -> !fixes.contains(fix))
                    .forEach(fixes::add);
        }
        return fixes;
    }

    /** The reasons no answer of the applicant's changes (as far as the page can tell), for a warning. */
    public static List<Reason> unfixable(Evaluation evaluation) {
        return evaluation.reasons().stream().filter(reason -> !fixable(reason)).toList();
    }

    public static boolean fixable(Reason reason) {
        return FIXABLE.contains(reason.messageKey());
    }

    private static Fix fix(Reason reason) {
        return switch (reason.messageKey()) {
            case ReasonKeys.AGE_BIRTH_DATE_MISSING -> new Fix(Missing.BIRTH_DATE, null);
            case ReasonKeys.DEGREE_MISSING -> new Fix(Missing.HIGHEST_DEGREE, null);
            case ReasonKeys.DEGREE_DATE_MISSING -> new Fix(Missing.DEGREE_DATE, null);
            case ReasonKeys.NATIONALITY_MISSING -> new Fix(Missing.NATIONALITY, null);
            case ReasonKeys.LANGUAGE_MISSING -> new Fix(Missing.LANGUAGE_CERTIFICATE, null);
            case ReasonKeys.LANGUAGE_DOCUMENT_MISSING -> new Fix(Missing.DOCUMENT, LanguageCertificate.DOCUMENT_TYPE);
            default -> new Fix(Missing.DOCUMENT, String.valueOf(reason.args().get(0)));
        };
    }
}
