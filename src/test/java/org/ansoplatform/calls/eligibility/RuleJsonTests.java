package org.ansoplatform.calls.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules as JSON: the documented shape, round trips, and every refusal with its reason. */
class RuleJsonTests {

    static final String SCHOLARSHIP = """
            [
              {"type": "age-limit", "id": "age", "maxAge": 35, "referenceDate": "2021-09-01"},
              {"type": "degree-by", "id": "degree", "degree": "MASTER", "by": "2021-08-31"},
              {"type": "nationality", "id": "nationality", "included": [], "excluded": ["CN"]},
              {"type": "documents-present", "id": "documents", "documentTypes": ["passport", "cv", "transcript"]},
              {"type": "any-of", "id": "english", "rules": [
                {"type": "language-certificate", "id": "certificate", "accepted": ["IELTS", "TOEFL"]},
                {"type": "all-of", "id": "native", "rules": [
                  {"type": "nationality", "id": "anglophone", "included": ["GB", "US", "AU", "NZ", "IE"]},
                  {"type": "not", "id": "not-awardee", "rule": {"type": "not-current-awardee", "id": "awardee"}}
                ]}
              ]},
              {"type": "not-current-awardee", "id": "new"}
            ]
            """;

    static List<Rule> scholarship() {
        return List.of(
                new AgeLimit("age", 35, LocalDate.of(2021, 9, 1)),
                new DegreeBy("degree", Degree.MASTER, LocalDate.of(2021, 8, 31)),
                new Nationality("nationality", Set.of(), Set.of("CN")),
                new DocumentsPresent("documents", Set.of("passport", "cv", "transcript")),
                new AnyOf("english", List.of(
                        new LanguageCertificate("certificate", Set.of("IELTS", "TOEFL")),
                        new AllOf("native", List.of(
                                new Nationality("anglophone", Set.of("GB", "US", "AU", "NZ", "IE"), Set.of()),
                                new Not("not-awardee", new NotCurrentAwardee("awardee")))))),
                new NotCurrentAwardee("new"));
    }

    @Test
    void readsTheDocumentedShape() {
        assertThat(Eligibility.fromJson(SCHOLARSHIP)).isEqualTo(scholarship());
    }

    @Test
    void writesWhatItReads() {
        String json = Eligibility.toJson(scholarship());
        assertThat(json).startsWith("[{\"type\":\"age-limit\",\"id\":\"age\",\"maxAge\":35,\"referenceDate\":\"2021-09-01\"}");
        assertThat(Eligibility.fromJson(json)).isEqualTo(scholarship());
        assertThat(Eligibility.toJson(Eligibility.fromJson(json))).isEqualTo(json);
    }

    @Test
    void anEmptyListIsNoRules() {
        assertThat(Eligibility.fromJson("[]")).isEmpty();
        assertThat(Eligibility.toJson(List.of())).isEqualTo("[]");
    }

    @Test
    void nationalityListsAreOptionalAndCodesAndCertificatesAreUpperCased() {
        List<Rule> rules = Eligibility.fromJson("""
                [{"type":"nationality","id":"n","included":["pk"]},
                 {"type":"language-certificate","id":"l","accepted":["ielts"]},
                 {"type":"degree-by","id":"d","degree":"master","by":"2021-08-31"}]""");
        assertThat(rules).containsExactly(new Nationality("n", Set.of("PK"), Set.of()),
                new LanguageCertificate("l", Set.of("IELTS")),
                new DegreeBy("d", Degree.MASTER, LocalDate.of(2021, 8, 31)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty text                  |                                                                   | eligibility.invalid.empty
            malformed JSON              | [{"type":"age-limit",                                             | eligibility.invalid.json
            trailing garbage            | [] []                                                             | eligibility.invalid.json
            repeated property           | [{"type":"not-current-awardee","id":"a","id":"b"}]                | eligibility.invalid.json
            not an array                | {"type":"not-current-awardee","id":"a"}                           | eligibility.invalid.notArray
            element not an object       | ["age"]                                                           | eligibility.invalid.notObject
            unknown type                | [{"type":"income-limit","id":"a"}]                                | eligibility.invalid.unknownType
            no type                     | [{"id":"a"}]                                                      | eligibility.invalid.missingProperty
            no id                       | [{"type":"not-current-awardee"}]                                  | eligibility.invalid.missingProperty
            null id                     | [{"type":"not-current-awardee","id":null}]                        | eligibility.invalid.missingProperty
            numeric id                  | [{"type":"not-current-awardee","id":7}]                           | eligibility.invalid.badProperty
            unknown property            | [{"type":"age-limit","id":"a","maxage":35,"referenceDate":"2021-09-01"}] | eligibility.invalid.unknownProperty
            age not a number            | [{"type":"age-limit","id":"a","maxAge":"35","referenceDate":"2021-09-01"}] | eligibility.invalid.badProperty
            fractional age              | [{"type":"age-limit","id":"a","maxAge":35.5,"referenceDate":"2021-09-01"}] | eligibility.invalid.badProperty
            huge age                    | [{"type":"age-limit","id":"a","maxAge":99999999999,"referenceDate":"2021-09-01"}] | eligibility.invalid.badProperty
            negative age                | [{"type":"age-limit","id":"a","maxAge":-1,"referenceDate":"2021-09-01"}] | eligibility.invalid.negativeAge
            bad date                    | [{"type":"age-limit","id":"a","maxAge":35,"referenceDate":"2021-02-30"}] | eligibility.invalid.badDate
            date in another format      | [{"type":"degree-by","id":"a","degree":"MASTER","by":"31/08/2021"}] | eligibility.invalid.badDate
            unknown degree              | [{"type":"degree-by","id":"a","degree":"DIPLOMA","by":"2021-08-31"}] | eligibility.invalid.unknownDegree
            unknown country             | [{"type":"nationality","id":"a","included":["XX"]}]               | eligibility.invalid.unknownCountry
            three-letter country        | [{"type":"nationality","id":"a","excluded":["CHN"]}]              | eligibility.invalid.unknownCountry
            country list not an array   | [{"type":"nationality","id":"a","included":"CN"}]                 | eligibility.invalid.badProperty
            blank document type         | [{"type":"documents-present","id":"a","documentTypes":[" "]}]     | eligibility.invalid.badProperty
            no document types           | [{"type":"documents-present","id":"a","documentTypes":[]}]        | eligibility.invalid.emptyList
            no accepted certificates    | [{"type":"language-certificate","id":"a","accepted":[]}]          | eligibility.invalid.emptyList
            empty all-of                | [{"type":"all-of","id":"a","rules":[]}]                           | eligibility.invalid.emptyCombination
            empty any-of                | [{"type":"any-of","id":"a","rules":[]}]                           | eligibility.invalid.emptyCombination
            not without rule            | [{"type":"not","id":"a"}]                                         | eligibility.invalid.missingProperty
            rules not an array          | [{"type":"all-of","id":"a","rules":{}}]                           | eligibility.invalid.badProperty
            duplicate ids               | [{"type":"not-current-awardee","id":"a"},{"type":"not-current-awardee","id":"a"}] | eligibility.invalid.duplicateId
            duplicate id nested         | [{"type":"not-current-awardee","id":"a"},{"type":"not","id":"b","rule":{"type":"not-current-awardee","id":"a"}}] | eligibility.invalid.duplicateId
            id with spaces              | [{"type":"not-current-awardee","id":"my rule"}]                   | eligibility.invalid.id
            """)
    void refuses(String name, String json, String messageKey) {
        assertThatThrownBy(() -> Eligibility.fromJson(json))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.violations()).extracting(InvalidInputException.Violation::messageKey)
                            .contains(messageKey);
                    assertThat(refusal.violations()).allSatisfy(v -> assertThat(v.field()).isEqualTo("eligibility"));
                });
    }

    @Test
    void aRefusalNamesThePlaceAndTheProperty() {
        assertThatThrownBy(() -> Eligibility.fromJson("""
                [{"type":"not-current-awardee","id":"a"},
                 {"type":"any-of","id":"b","rules":[{"type":"age-limit","id":"c","maxAge":35}]}]"""))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    InvalidInputException.Violation violation = refusal.violations().get(0);
                    assertThat(violation.messageKey()).isEqualTo("eligibility.invalid.missingProperty");
                    assertThat(violation.args()).containsExactly("/1/rules/0", "referenceDate");
                });
    }

    @Test
    void malformedJsonGivesTheLineAndColumn() {
        assertThatThrownBy(() -> Eligibility.fromJson("[\n  {\"type\": }\n]"))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                        assertThat(refusal.violations().get(0).args()).containsExactly(2, 12));
    }

    @Test
    void everyMeaningProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> Eligibility.fromJson("""
                [{"type":"age-limit","id":"a","maxAge":-3,"referenceDate":"2021-09-01"},
                 {"type":"nationality","id":"a","included":["XX","CN","QQ"]},
                 {"type":"all-of","id":"c","rules":[]}]"""))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                        assertThat(refusal.violations()).extracting(InvalidInputException.Violation::messageKey)
                                .containsExactlyInAnyOrder("eligibility.invalid.negativeAge",
                                        "eligibility.invalid.unknownCountry", "eligibility.invalid.unknownCountry",
                                        "eligibility.invalid.emptyCombination", "eligibility.invalid.duplicateId"));
    }

    @Test
    void refusesNestingDeeperThanEightLevels() {
        String deep = "{\"type\":\"not-current-awardee\",\"id\":\"r0\"}";
        for (int i = 1; i <= 8; i++) {
            deep = "{\"type\":\"not\",\"id\":\"r" + i + "\",\"rule\":" + deep + "}";
        }
        String tooDeep = "[" + deep + "]";
        assertThatThrownBy(() -> Eligibility.fromJson(tooDeep))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("eligibility.invalid.tooDeep"));
        String deepEnough = "[" + deep.substring(deep.indexOf("\"rule\":") + 7, deep.length() - 1) + "]";
        assertThat(Eligibility.fromJson(deepEnough)).hasSize(1);
    }

    @Test
    void validateRefusesRulesBuiltInCodeThatCouldNotBeStored() {
        assertThatThrownBy(() -> Eligibility.validate(List.of(new AnyOf("x", List.of()),
                new AgeLimit("", 3, LocalDate.of(2021, 1, 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                        assertThat(refusal.violations()).extracting(InvalidInputException.Violation::messageKey)
                                .containsExactly("eligibility.invalid.emptyCombination", "eligibility.invalid.id"));
        Eligibility.validate(scholarship());
    }
}
