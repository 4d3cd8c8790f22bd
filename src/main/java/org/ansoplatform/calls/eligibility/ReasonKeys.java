package org.ansoplatform.calls.eligibility;

import java.util.List;
import java.util.Map;

/** The message keys of failure reasons, and what each argument is, so that explain can render it. */
final class ReasonKeys {

    static final String AGE_BIRTH_DATE_MISSING = "eligibility.reason.age.birthDateMissing";
    static final String AGE_TOO_OLD = "eligibility.reason.age.tooOld";
    static final String DEGREE_MISSING = "eligibility.reason.degree.missing";
    static final String DEGREE_TOO_LOW = "eligibility.reason.degree.tooLow";
    static final String DEGREE_DATE_MISSING = "eligibility.reason.degree.dateMissing";
    static final String DEGREE_TOO_LATE = "eligibility.reason.degree.tooLate";
    static final String NATIONALITY_MISSING = "eligibility.reason.nationality.missing";
    static final String NATIONALITY_NOT_INCLUDED = "eligibility.reason.nationality.notIncluded";
    static final String NATIONALITY_EXCLUDED = "eligibility.reason.nationality.excluded";
    static final String DOCUMENT_MISSING = "eligibility.reason.documents.missing";
    static final String LANGUAGE_MISSING = "eligibility.reason.language.missing";
    static final String LANGUAGE_NOT_ACCEPTED = "eligibility.reason.language.notAccepted";
    static final String LANGUAGE_DOCUMENT_MISSING = "eligibility.reason.language.documentMissing";
    static final String CURRENT_AWARDEE = "eligibility.reason.currentAwardee";
    static final String ANY_OF_NONE = "eligibility.reason.anyOf.none";
    static final String NOT_HOLDS = "eligibility.reason.not.holds";
    /** The Secretariat’s own reason ({@link WithReason}): arguments are the rule id and the texts as JSON; its bundle message is the fallback for a text in no language. */
    static final String CUSTOM = "callrules.reason.custom";

    /** How explain renders an argument. */
    enum Arg {
        NUMBER, DATE, DEGREE, COUNTRY, DOCUMENT, CERTIFICATE, CERTIFICATE_LIST, RULE_ID, RULE_JSON
    }

    /** Every key a rule can produce, with its arguments in order. */
    static final Map<String, List<Arg>> ARGS = Map.ofEntries(
            Map.entry(AGE_BIRTH_DATE_MISSING, List.of(Arg.NUMBER, Arg.DATE)),
            Map.entry(AGE_TOO_OLD, List.of(Arg.NUMBER, Arg.DATE, Arg.NUMBER)),
            Map.entry(DEGREE_MISSING, List.of(Arg.DEGREE, Arg.DATE)),
            Map.entry(DEGREE_TOO_LOW, List.of(Arg.DEGREE, Arg.DEGREE)),
            Map.entry(DEGREE_DATE_MISSING, List.of(Arg.DATE)),
            Map.entry(DEGREE_TOO_LATE, List.of(Arg.DATE, Arg.DATE)),
            Map.entry(NATIONALITY_MISSING, List.of()),
            Map.entry(NATIONALITY_NOT_INCLUDED, List.of(Arg.COUNTRY)),
            Map.entry(NATIONALITY_EXCLUDED, List.of(Arg.COUNTRY)),
            Map.entry(DOCUMENT_MISSING, List.of(Arg.DOCUMENT)),
            Map.entry(LANGUAGE_MISSING, List.of(Arg.CERTIFICATE_LIST)),
            Map.entry(LANGUAGE_NOT_ACCEPTED, List.of(Arg.CERTIFICATE, Arg.CERTIFICATE_LIST)),
            Map.entry(LANGUAGE_DOCUMENT_MISSING, List.of(Arg.CERTIFICATE)),
            Map.entry(CURRENT_AWARDEE, List.of()),
            Map.entry(ANY_OF_NONE, List.of(Arg.NUMBER)),
            Map.entry(NOT_HOLDS, List.of(Arg.RULE_ID, Arg.RULE_JSON)));

    private ReasonKeys() {
    }
}
