package org.ansoplatform.calls.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.calls.eligibility.RuleTestFacts.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Current awardees. */
class NotCurrentAwardeeTests {

    @Test
    void aCurrentAwardeeFails() {
        ApplicantFacts awardee = new ApplicantFacts(null, null, null, null, null, null, true);
        assertThat(keys(new NotCurrentAwardee("new").evaluate(awardee)))
                .containsExactly("eligibility.reason.currentAwardee");
        assertThat(new NotCurrentAwardee("new").evaluate(facts()).passed()).isTrue();
    }
}
