package org.ansoplatform.calls.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.calls.eligibility.RuleTestFacts.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Nationality included and excluded. */
class NationalityTests {

    @Test
    void anEmptyIncludedListAdmitsEveryNationality() {
        assertThat(new Nationality("nat", Set.of(), Set.of()).evaluate(facts()).passed()).isTrue();
        assertThat(new Nationality("nat", Set.of(), Set.of("CN")).evaluate(facts()).passed()).isTrue();
    }

    @Test
    void anIncludedListAdmitsOnlyItsCountries() {
        assertThat(new Nationality("nat", Set.of("PK", "LK"), Set.of()).evaluate(facts()).passed()).isTrue();
        RuleOutcome outcome = new Nationality("nat", Set.of("LK", "TH"), Set.of()).evaluate(facts());
        assertThat(outcome.reasons()).containsExactly(
                new Reason("eligibility.reason.nationality.notIncluded", List.of("PK")));
    }

    @Test
    void excludedWinsOverIncluded() {
        RuleOutcome outcome = new Nationality("nat", Set.of("PK"), Set.of("PK")).evaluate(facts());
        assertThat(outcome.reasons()).containsExactly(
                new Reason("eligibility.reason.nationality.excluded", List.of("PK")));
        assertThat(new Nationality("nat", Set.of(), Set.of("CN")).evaluate(
                new ApplicantFacts(null, "CN", null, null, null, null, false)).passed()).isFalse();
    }

    @Test
    void codesAreComparedWhateverTheirCase() {
        ApplicantFacts lower = new ApplicantFacts(null, " pk ", null, null, null, null, false);
        assertThat(new Nationality("nat", Set.of("pk"), Set.of()).evaluate(lower).passed()).isTrue();
    }

    @Test
    void aMissingNationalityFails() {
        assertThat(keys(new Nationality("nat", Set.of(), Set.of()).evaluate(ApplicantFacts.none())))
                .containsExactly("eligibility.reason.nationality.missing");
    }
}
