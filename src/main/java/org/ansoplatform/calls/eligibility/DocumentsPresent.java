package org.ansoplatform.calls.eligibility;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Every listed document type was uploaded; each missing one gives a reason. */
public record DocumentsPresent(String id, Set<String> documentTypes) implements Rule {

    public DocumentsPresent {
        Objects.requireNonNull(id, "id");
        documentTypes = Sets.sorted(documentTypes);
    }

    @Override
    public RuleOutcome evaluate(ApplicantFacts facts) {
        List<Reason> reasons = documentTypes.stream()
                .filter(type -> !facts.hasDocument(type))
                .map(type -> Reason.of(ReasonKeys.DOCUMENT_MISSING, type))
                .toList();
        return RuleOutcome.of(id, reasons);
    }
}
