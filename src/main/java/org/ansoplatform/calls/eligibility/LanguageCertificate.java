package org.ansoplatform.calls.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The applicant declared one of the {@code accepted} language qualifications (such as IELTS, TOEFL, HSK,
 * NATIVE_ENGLISH, ENGLISH_MEDIUM_DEGREE; stored upper-cased) and uploaded a document of type
 * {@value #DOCUMENT_TYPE}.
 */
public record LanguageCertificate(String id, Set<String> accepted) implements Rule {

    /** The document type that holds the certificate. */
    public static final String DOCUMENT_TYPE = "language-certificate";

    public LanguageCertificate {
        Objects.requireNonNull(id, "id");
        accepted = Sets.sortedUpper(accepted);
    }

    @Override
    public RuleOutcome evaluate(ApplicantFacts facts) {
        String declared = facts.languageCertificate();
        String acceptedList = String.join(",", accepted);
        if (declared == null) {
            return RuleOutcome.fail(id, List.of(Reason.of(ReasonKeys.LANGUAGE_MISSING, acceptedList)));
        }
        List<Reason> reasons = new ArrayList<>();
        if (!accepted.contains(declared)) {
            reasons.add(Reason.of(ReasonKeys.LANGUAGE_NOT_ACCEPTED, declared, acceptedList));
        }
        if (!facts.hasDocument(DOCUMENT_TYPE)) {
            reasons.add(Reason.of(ReasonKeys.LANGUAGE_DOCUMENT_MISSING, declared));
        }
        return RuleOutcome.of(id, reasons);
    }
}
