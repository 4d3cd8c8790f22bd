package org.ansoplatform.calls.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.selection.Candidate;
import org.ansoplatform.calls.selection.Decision;
import org.ansoplatform.calls.selection.Selection;
import org.ansoplatform.calls.selection.SelectionResult;
import org.ansoplatform.calls.selection.SelectionRules;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo cooperation call as its resources write it: the form of the contracts of issue 18 (section 2), illustrative
 * proposals whose budgets add up, and an envelope under which, ranked by their reviews, one proposal does not fit and a
 * later one is funded.
 */
class DemoCooperationCallTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode read(String path) throws Exception {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return JSON.readTree(in);
        }
    }

    static Map<String, JsonNode> fields(JsonNode call) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        call.get("form").get("sections").forEach(section -> section.get("fields").forEach(field -> fields.put(field.get("key").asString(), field)));
        return fields;
    }

    @Test
    void theCallAsksTheCooperationFormOfTheContract() throws Exception {
        Map<String, JsonNode> fields = fields(read("demo/cooperation/call-2021.json"));
        Map<String, String> types = new LinkedHashMap<>();
        fields.forEach((key, field) -> types.put(key, field.get("type").asString()));

        assertThat(types).containsExactly(Map.entry("title", "TEXT"), Map.entry("acronym", "TEXT"), Map.entry("abstract", "LONG_TEXT"),
                Map.entry("discipline", "SINGLE_CHOICE"), Map.entry("pi", "PERSON"), Map.entry("lead", "ORGANIZATION"), Map.entry("partners", "GROUP"), Map.entry("workPackages", "GROUP"),
                Map.entry("milestones", "GROUP"), Map.entry("start", "DATE"), Map.entry("months", "NUMBER"), Map.entry("budget", "GROUP"),
                Map.entry("budgetTotal", "MONEY"), Map.entry("sdgs", "MULTIPLE_CHOICE"), Map.entry("outputs", "LONG_TEXT"));
        assertThat(columns(fields.get("partners"))).containsExactly("organization:ORGANIZATION", "role:SINGLE_CHOICE");
        assertThat(columns(fields.get("workPackages"))).containsExactly("code:TEXT", "title:TEXT");
        assertThat(columns(fields.get("milestones"))).containsExactly("workPackage:TEXT", "title:TEXT", "kind:SINGLE_CHOICE", "due:DATE");
        assertThat(columns(fields.get("budget"))).containsExactly("year:NUMBER", "category:SINGLE_CHOICE", "amount:MONEY");
        assertThat(fields.get("budgetTotal").get("sumOf").asString()).isEqualTo("budget.amount");
        List<String> categories = new ArrayList<>();
        fields.get("budget").get("fields").get(1).get("options").forEach(option -> categories.add(option.get("value").asString()));
        // the names of projects.BudgetCategory (calls may not use projects, which comes from calls)
        assertThat(categories).containsExactly("PERSONNEL", "EQUIPMENT", "CONSUMABLES", "TRAVEL", "TRAINING", "SUBCONTRACTING", "PUBLICATION",
                "OTHER", "OVERHEADS");
        assertThat(fields.get("sdgs").get("options")).hasSize(17);
    }

    private static List<String> columns(JsonNode group) {
        List<String> columns = new ArrayList<>();
        group.get("fields").forEach(column -> columns.add(column.get("key").asString() + ":" + column.get("type").asString()));
        return columns;
    }

    @Test
    void everyProposalIsIllustrativeAndItsBudgetAddsUp() throws Exception {
        JsonNode proposals = read("demo/cooperation/proposals-2021.json");

        assertThat(proposals.size()).isBetween(6, 10);
        proposals.forEach(proposal -> {
            assertThat(proposal.get("illustrative").asBoolean()).isTrue();
            JsonNode answers = proposal.get("answers");
            assertThat(answers.get("title").asString()).endsWith("(illustrative)");
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode line : answers.get("budget")) {
                sum = sum.add(new BigDecimal(line.get("amount").get("amount").asString()));
            }
            assertThat(sum).isEqualByComparingTo(answers.get("budgetTotal").get("amount").asString());
        });
    }

    @Test
    void everyProposalPassesTheFormsChecksOfASubmission() throws Exception {
        ApplicationForm form = JSON.treeToValue(read("demo/cooperation/call-2021.json").get("form"), ApplicationForm.class);
        JsonNode proposals = read("demo/cooperation/proposals-2021.json");

        for (JsonNode proposal : proposals) {
            Map<String, Object> answers = JSON.convertValue(proposal.get("answers"), new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
            List<Violation> violations = new ArrayList<>();
            Map<String, Object> clean = form.checkDraft(answers, List.of(), violations);
            violations.addAll(form.checkComplete(clean, Set.of()));
            assertThat(violations).as(proposal.get("answers").get("acronym").asString()).isEmpty();
            JsonNode stored = JSON.valueToTree(clean);
            assertThat(stored).as("stored as a saved draft would store them").isEqualTo(proposal.get("answers"));
        }
    }

    @Test
    void underTheEnvelopeOneProposalDoesNotFitAndALaterOneIsFunded() throws Exception {
        JsonNode call = read("demo/cooperation/call-2021.json");
        JsonNode budget = call.get("selectionRules").get("budget");
        JsonNode proposals = read("demo/cooperation/proposals-2021.json");
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            JsonNode p = proposals.get(i);
            JsonNode total = p.get("answers").get("budgetTotal");
            candidates.add(new Candidate(new UUID(0, i), "PROJECT", p.get("score").asDouble(), Map.of(), Map.of(),
                    Money.of(total.get("amount").asString(), total.get("currency").asString())));
        }
        SelectionRules rules = new SelectionRules(List.of(new SelectionRules.TrackQuota("PROJECT", call.get("tracks").get(0).get("awardQuota").asInt())),
                List.of(), List.of(), new SelectionRules.Budget(Money.of(budget.get("envelope").get("amount").asString(),
                        budget.get("envelope").get("currency").asString()), budget.get("skipToFit").asBoolean()));

        SelectionResult result = Selection.select(candidates, rules);

        List<Decision> ranked = result.decisions();
        int firstOver = -1;
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).outcome() == Decision.Outcome.OVER_BUDGET && firstOver < 0) {
                firstOver = i;
            }
        }
        assertThat(firstOver).isPositive();
        assertThat(ranked.subList(firstOver + 1, ranked.size())).anyMatch(d -> d.messageKey().equals("calls.selection.funded-to-fit"));
        assertThat(result.selected("PROJECT")).hasSizeBetween(2, 5);
    }
}
