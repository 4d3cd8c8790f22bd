package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The form engine's groups, money, organizations and persons (issue 18): what a draft keeps and refuses (each
 * problem at its path, all together), what a submission asks, and the checks of a form's definition.
 */
class FormFieldTypesTests {

    static final UUID LISTED = UUID.fromString("5b0c3e52-0000-4000-8000-000000000001");
    static final ApplicationForm.Directory DIRECTORY = id -> id.equals(LISTED)
            ? Optional.of(new ApplicationForm.Organization(LISTED, "Xinjiang Institute of Ecology and Geography", "CN", "01a8ev928"))
            : Optional.empty();

    final ApplicationForm form = CooperationCall.form();

    Map<String, Object> draft(Map<String, ?> answers, List<Violation> violations) {
        return form.checkDraft(answers, Set.of(), DIRECTORY, violations);
    }

    @Test
    void aDraftKeepsEachNewTypeInItsStoredShape() {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> kept = draft(CooperationCall.answers(LISTED, LISTED, "12000"), violations);

        assertThat(violations).isEmpty();
        assertThat(kept.get("budgetTotal")).isEqualTo(Map.of("amount", "12000.00", "currency", "USD"));
        assertThat(kept.get("pi")).isEqualTo(Map.of("name", "Aigul Sydykova", "email", "aigul@example.org", "orcid", "0000-0002-1825-0097"));
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("organizationId", LISTED.toString());
        lead.put("name", "Xinjiang Institute of Ecology and Geography");
        lead.put("country", "CN");
        lead.put("rorId", "01a8ev928");
        assertThat(kept.get("lead")).isEqualTo(lead);
        List<?> partners = (List<?>) kept.get("partners");
        assertThat(partners).hasSize(2);
        Map<?, ?> unlisted = (Map<?, ?>) ((Map<?, ?>) partners.get(1)).get("organization");
        assertThat(unlisted.get("organizationId")).isNull();
        assertThat(unlisted.get("name")).isEqualTo("Naryn Village Water Board");
        assertThat(unlisted.get("country")).isEqualTo("KG");
        assertThat(((Map<?, ?>) ((Map<?, ?>) ((List<?>) kept.get("budget")).get(0)).get("amount")).get("amount")).isEqualTo("7000.00");
    }

    @Test
    void aDraftReportsEveryMalformedAnswerTogetherEachAtItsPath() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("pi", CooperationCall.row("name", "A", "orcid", "0000-0002-1825-0098", "email", "not an address"));
        answers.put("lead", CooperationCall.listed(UUID.randomUUID()));
        answers.put("partners", List.of(CooperationCall.row("role", "PARTNER"), CooperationCall.row("role", "PARTNER"),
                CooperationCall.row("organization", CooperationCall.unlisted("Somewhere", "XX"), "role", "SPONSOR")));
        answers.put("budget", List.of(CooperationCall.row("amount", CooperationCall.money("10.001", "USD"))));
        answers.put("budgetTotal", CooperationCall.money("12000", "EUR"));
        List<Violation> violations = new ArrayList<>();

        Map<String, Object> kept = draft(answers, violations);

        assertThat(violations).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                tuple("pi.email", "calls.form.notAnEmail"), tuple("pi.orcid", "calls.form.notAnOrcid"),
                tuple("lead", "calls.form.notInDirectory"),
                tuple("partners[2].organization.country", "calls.form.notACountry"), tuple("partners[2].role", "calls.form.notAnOption"),
                tuple("budget[0].amount", "calls.form.tooManyDecimals"), tuple("budgetTotal", "calls.form.currencyNotOffered"));
        assertThat(kept).doesNotContainKeys("pi", "lead", "partners", "budget", "budgetTotal");
    }

    @Test
    void malformedShapesAreRefusedNotStored() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("budgetTotal", "12000 USD");
        answers.put("partners", Map.of("organization", "x"));
        answers.put("pi", CooperationCall.row("name", "A", "phone", "123"));
        answers.put("budget", List.of(CooperationCall.row("colour", "red")));
        List<Violation> violations = new ArrayList<>();

        draft(answers, violations);

        assertThat(violations).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                tuple("budgetTotal", "calls.form.malformed"), tuple("partners", "calls.form.malformed"),
                tuple("pi", "calls.form.malformed"), tuple("budget[0].colour", "calls.form.unknownField"));
    }

    @Test
    void blankRowsAreDroppedAndTooManyRowsRefused() {
        List<Violation> violations = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(CooperationCall.row("role", "", "organization", CooperationCall.row("name", " ", "country", "")));
        rows.add(CooperationCall.row("role", "PARTNER"));
        assertThat(draft(Map.of("partners", rows), violations).get("partners")).isEqualTo(List.of(Map.of("role", "PARTNER")));

        List<Map<String, Object>> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> CooperationCall.row("role", "PARTNER")).toList();
        draft(Map.of("partners", eleven), violations);
        assertThat(violations).extracting(Violation::field, Violation::messageKey).containsExactly(tuple("partners", "calls.form.tooManyRows"));
    }

    @Test
    void aSubmissionAsksForRequiredColumnsRowsWholeAnswersAndABudgetThatAddsUp() {
        Map<String, Object> answers = draft(CooperationCall.answers(LISTED, LISTED, "12500"), new ArrayList<>());
        answers.put("partners", List.of(Map.of("role", "PARTNER")));
        answers.put("pi", CooperationCall.row("email", "pi@example.org"));
        answers.put("lead", CooperationCall.row("organizationId", null, "name", "Institute without a country", "country", null));

        List<Violation> missing = form.checkComplete(answers, Set.of());

        assertThat(missing).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                tuple("partners[0].organization", "calls.form.required"), tuple("pi", "calls.form.personWithoutName"),
                tuple("lead", "calls.form.organizationIncomplete"), tuple("budgetTotal", "calls.form.sumDiffers"));
        Violation sum = missing.stream().filter(v -> v.field().equals("budgetTotal")).findFirst().orElseThrow();
        assertThat(sum.args()).containsExactly("12500.00 USD", "12000.00 USD");
        assertThat(form.checkComplete(draft(CooperationCall.answers(LISTED, LISTED, "12000"), new ArrayList<>()), Set.of())).isEmpty();
    }

    @Test
    void amountsInAnotherCurrencyThanTheTotalAreNamedNotAdded() {
        Map<String, Object> answers = draft(CooperationCall.answers(LISTED, LISTED, "7000"), new ArrayList<>());
        answers.put("budget", List.of(CooperationCall.row("year", "2021", "category", "TRAVEL", "amount", CooperationCall.money("7000.00", "USD")),
                CooperationCall.row("year", "2021", "category", "TRAVEL", "amount", CooperationCall.money("500.00", "CNY"))));

        assertThat(form.checkComplete(answers, Set.of())).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("budget[1].amount", "calls.form.otherCurrency"));
    }

    @Test
    void anEmptyGroupWithMinimumRowsIsMissingOnSubmission() {
        Map<String, Object> answers = draft(CooperationCall.answers(LISTED, LISTED, "12000"), new ArrayList<>());
        answers.remove("partners");

        assertThat(form.checkComplete(answers, Set.of())).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("partners", "calls.form.required"));
    }

    @Property
    void aBudgetAddsUpExactlyWhenItsTotalIsTheSumOfItsLines(@ForAll("cents") List<Long> lines, @ForAll("cents") List<Long> offset) {
        long sum = lines.stream().mapToLong(Long::longValue).sum();
        long total = sum + (offset.isEmpty() ? 0 : offset.get(0));
        Map<String, Object> answers = new LinkedHashMap<>();
        List<Map<String, Object>> rows = lines.stream().map(cents -> CooperationCall.row("amount",
                CooperationCall.money(BigDecimal.valueOf(cents, 2).toPlainString(), "USD"))).toList();
        answers.put("budget", rows);
        answers.put("budgetTotal", CooperationCall.money(BigDecimal.valueOf(total, 2).toPlainString(), "USD"));
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> kept = draft(answers, violations);
        assertThat(violations).isEmpty();

        boolean refused = form.checkComplete(kept, Set.of()).stream().anyMatch(v -> v.messageKey().equals("calls.form.sumDiffers"));

        assertThat(refused).isEqualTo(total != sum);
    }

    @Property
    void anyAnswerGivenToAnyQuestionIsKeptOrRefusedNeverThrown(@ForAll("anything") Object answer) {
        for (FormField field : form.fields()) {
            List<Violation> violations = new ArrayList<>();
            Map<String, Object> kept = draft(Map.of(field.key(), answer), violations);
            assertThat(violations.isEmpty() || !kept.containsKey(field.key())).isTrue();
            form.checkComplete(kept, Set.of());
        }
    }

    @Provide
    Arbitrary<List<Long>> cents() {
        return Arbitraries.longs().between(0, 10_000_000_00L).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Object> anything() {
        Arbitrary<Object> scalar = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.of("12.5", "USD", "KG", "0000-0002-1825-0097", LISTED.toString(), "PARTNER", "-1", "1e400").map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i));
        Arbitrary<Object> parts = Arbitraries.maps(Arbitraries.of("amount", "currency", "name", "country", "organizationId", "orcid", "email",
                "role", "organization", "year"), scalar).ofMaxSize(4).map(m -> (Object) m);
        Arbitrary<Object> rows = parts.list().ofMaxSize(3).map(l -> (Object) l);
        return Arbitraries.oneOf(scalar, parts, rows);
    }

    @Test
    void theCallEditorRefusesMalformedDefinitionsWithClearMessages() {
        LocalizedText label = LocalizedText.of("Q", "Q");
        FormField emptyGroup = FormField.group("partners", label, false, List.of(), null, null);
        FormField nested = FormField.group("nested", label, false, List.of(FormField.group("inner", label, false,
                List.of(FormField.of("x", FieldType.TEXT, label, false)), null, null)), null, null);
        FormField fileColumn = FormField.group("files", label, false, List.of(FormField.of("doc", FieldType.FILE, label, false)), 3, 2);
        FormField badCurrency = FormField.money("total", label, true, List.of("USD", "XYZ"), "budget.amount");
        ApplicationForm definition = new ApplicationForm(List.of(new FormSection("s", label, List.of(emptyGroup, nested, fileColumn, badCurrency))));
        List<Violation> problems = new ArrayList<>();

        FormDefinitionRules.check(definition, Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,59}"), problems);

        assertThat(problems).extracting(Violation::messageKey, v -> List.of(v.args())).containsExactlyInAnyOrder(
                tuple("calls.call.groupWithoutColumns", List.of("partners")),
                tuple("calls.call.nestedGroup", List.of("nested.inner")),
                tuple("calls.call.columnNotAllowed", List.of("files.doc", "FILE")),
                tuple("calls.call.badRowLimits", List.of("files")),
                tuple("calls.call.unknownCurrency", List.of("total", "XYZ")),
                tuple("calls.call.sumOfMissing", List.of("total", "budget.amount")));
        List<Violation> none = new ArrayList<>();
        FormDefinitionRules.check(CooperationCall.form(), Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,59}"), none);
        assertThat(none).isEmpty();
    }
}
