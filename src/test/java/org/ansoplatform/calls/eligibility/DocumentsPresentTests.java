package org.ansoplatform.calls.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.calls.eligibility.RuleTestFacts.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Required documents. */
class DocumentsPresentTests {

    @Test
    void passesWhenEveryTypeWasUploaded() {
        assertThat(new DocumentsPresent("docs", Set.of("passport", "cv")).evaluate(facts()).passed()).isTrue();
    }

    @Test
    void givesOneReasonPerMissingDocumentInOrder() {
        RuleOutcome outcome = new DocumentsPresent("docs", Set.of("transcript", "cv", "research-plan"))
                .evaluate(facts());
        assertThat(outcome.reasons()).containsExactly(
                new Reason("eligibility.reason.documents.missing", List.of("research-plan")),
                new Reason("eligibility.reason.documents.missing", List.of("transcript")));
    }

    @Test
    void noDocumentsAtAllMeansAllMissing() {
        assertThat(new DocumentsPresent("docs", Set.of("cv", "passport")).evaluate(ApplicantFacts.none())
                .reasons()).hasSize(2);
    }
}
