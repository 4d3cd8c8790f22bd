package org.ansoplatform.calls.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.calls.eligibility.RuleTestFacts.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Language certificates. */
class LanguageCertificateTests {

    LanguageCertificate rule = new LanguageCertificate("lang", Set.of("IELTS", "TOEFL", "NATIVE_ENGLISH"));

    @Test
    void passesWithAnAcceptedCertificateAndItsDocument() {
        assertThat(rule.evaluate(facts()).passed()).isTrue();
    }

    @Test
    void failsWhenNoCertificateIsDeclared() {
        RuleOutcome outcome = rule.evaluate(ApplicantFacts.none());
        assertThat(outcome.reasons()).containsExactly(
                new Reason("eligibility.reason.language.missing", List.of("IELTS,NATIVE_ENGLISH,TOEFL")));
    }

    @Test
    void failsWhenTheDeclaredCertificateIsNotAccepted() {
        ApplicantFacts hsk = new ApplicantFacts(null, null, null, null, Set.of("language-certificate"), "hsk", false);
        assertThat(rule.evaluate(hsk).reasons()).containsExactly(
                new Reason("eligibility.reason.language.notAccepted", List.of("HSK", "IELTS,NATIVE_ENGLISH,TOEFL")));
    }

    @Test
    void failsWhenTheCertificateDocumentIsMissing() {
        ApplicantFacts noDocument = new ApplicantFacts(null, null, null, null, Set.of("cv"), "TOEFL", false);
        assertThat(rule.evaluate(noDocument).reasons()).containsExactly(
                new Reason("eligibility.reason.language.documentMissing", List.of("TOEFL")));
    }
}
