package org.ansoplatform.calls.eligibility;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The applicant's nationality (ISO 3166-1 alpha-2) is in {@code included}, or anything when {@code included}
 * is empty, and not in {@code excluded}; excluded wins over included. A missing nationality fails. Codes are
 * stored upper-cased and sorted.
 */
public record Nationality(String id, Set<String> included, Set<String> excluded) implements Rule {

    public Nationality {
        Objects.requireNonNull(id, "id");
        included = Sets.sortedUpper(included);
        excluded = Sets.sortedUpper(excluded);
    }

    @Override
    public RuleOutcome evaluate(ApplicantFacts facts) {
        String nationality = facts.nationality();
        if (nationality == null) {
            return RuleOutcome.fail(id, List.of(Reason.of(ReasonKeys.NATIONALITY_MISSING)));
        }
        if (excluded.contains(nationality)) {
            return RuleOutcome.fail(id, List.of(Reason.of(ReasonKeys.NATIONALITY_EXCLUDED, nationality)));
        }
        if (!included.isEmpty() && !included.contains(nationality)) {
            return RuleOutcome.fail(id, List.of(Reason.of(ReasonKeys.NATIONALITY_NOT_INCLUDED, nationality)));
        }
        return RuleOutcome.pass(id);
    }
}
