package org.ansoplatform.finance.web;

import static org.ansoplatform.finance.web.FinanceClient.APPLICANT;
import static org.ansoplatform.finance.web.FinanceClient.BOARD;
import static org.ansoplatform.finance.web.FinanceClient.FINANCE;
import static org.ansoplatform.finance.web.FinanceClient.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.finance.plans.BudgetPlanManagement;
import org.ansoplatform.finance.plans.BudgetPlanQueries;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionCommand;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Budget plans' pages and API: finance staff write, the Secretariat and the Board read, nobody else sees them. */
class PlanWebTests extends IntegrationTest {

    static final AtomicInteger YEARS = new AtomicInteger(2080);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired JsonMapper json;
    @Autowired BudgetPlanManagement plans;
    @Autowired BudgetPlanQueries queries;
    @Autowired SessionManagement sessions;

    FinanceClient client;

    @BeforeEach
    void client() {
        client = new FinanceClient(mvc, people, json);
    }

    @Test
    void financeStaffDraftAPlanOnItsPageAndSeeItWithProgrammeNamesAndTotal() throws Exception {
        int year = YEARS.getAndIncrement();
        assertThat(client.get(FINANCE, "/finance/plans/new").text()).contains("name=\"lines[scholarship]\"")
                .doesNotContain("name=\"lines[capacity-building]\"");

        FinanceClient.Answer created = client.post(FINANCE, "/finance/plans", "year", String.valueOf(year),
                "lines[scholarship]", "1000000", "lines[operations]", "2500.50", "lines[training]", "", "note", "Draft", "illustrative", "true");

        assertThat(created.status()).isEqualTo(302);
        String page = client.get(FINANCE, created.redirect()).text();
        assertThat(page).contains("Budget plan " + year, "ANSO Scholarship for Young Talents", "Capacity building",
                "Secretariat operations", "1,002,500.50 CNY", "Draft", "The figures of this plan are illustrative.",
                "Put before the Board");
        assertThat(queries.all()).anyMatch(p -> p.year() == year && p.status() == PlanStatus.DRAFT);
    }

    @Test
    void aRefusedPlanShowsEachMessageNextToItsFieldWith422AndWritesNothing() throws Exception {
        int year = YEARS.getAndIncrement();
        FinanceClient.Answer refused = client.post(FINANCE, "/finance/plans", "year", String.valueOf(year),
                "lines[scholarship]", "a lot", "lines[training]", "-3");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(FieldErrors.of(refused.text(), "lines[scholarship]"))
                .isEqualTo("Enter the amount as digits, with a point before any decimals (for example 1250000.50).");
        FinanceClient.Answer negative = client.post(FINANCE, "/finance/plans", "year", String.valueOf(year), "lines[training]", "-3");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(FieldErrors.of(negative.text(), "lines[training]")).isEqualTo("Enter an amount of zero or more.");
        FinanceClient.Answer badYear = client.post(FINANCE, "/finance/plans", "year", "1800", "lines[training]", "3");
        assertThat(FieldErrors.of(badYear.text(), "year")).isEqualTo("Enter a year from 2000 to 2100.");
        FinanceClient.Answer wordYear = client.post(FINANCE, "/finance/plans", "year", "next", "lines[training]", "3");
        assertThat(wordYear.status()).isEqualTo(422);
        assertThat(FieldErrors.of(wordYear.text(), "year")).isEqualTo("Enter a whole number.");
        assertThat(queries.all()).noneMatch(p -> p.year() == year || p.year() == 1800);
    }

    @Test
    void financeStaffEditProposeAndWithdrawAndAStaleEditIsRefused() throws Exception {
        UUID id = plans.draft(YEARS.getAndIncrement(), Map.of("training", BigDecimal.TEN), "", false);
        String path = "/finance/plans/" + id;
        int version = queries.plan(id).orElseThrow().version();

        assertThat(client.post(FINANCE, path, "version", String.valueOf(version), "lines[training]", "20", "note", "Edited").status())
                .isEqualTo(302);
        FinanceClient.Answer stale = client.post(FINANCE, path, "version", String.valueOf(version), "lines[training]", "30");
        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.text()).contains("Someone changed this plan since you opened it");
        assertThat(queries.plan(id).orElseThrow().total()).isEqualByComparingTo("20");

        assertThat(client.post(FINANCE, path + "/propose").redirect()).isEqualTo(path);
        assertThat(queries.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(client.get(FINANCE, path).text()).contains("Take back to draft").doesNotContain("Save the draft");
        client.post(FINANCE, path + "/withdraw");
        assertThat(queries.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void theBoardsDecisionShowsOnThePlanAndTheListAndOnlyARevisionChangesAnApprovedPlan() throws Exception {
        int year = YEARS.getAndIncrement();
        UUID id = plans.draft(year, Map.of("advisory", new BigDecimal("12345000")), "", false);
        plans.propose(id);
        UUID board = sessions.create(new SessionCommand(Body.BOARD, "Board finance " + UUID.randomUUID().toString().substring(0, 6),
                LocalDateTime.now(clock).plusDays(3).withNano(0), "UTC", SessionMode.ONLINE, null), SessionStatus.PLANNED,
                Actor.system(clock.instant()));
        assertThat(client.get(SECRETARIAT, "/secretariat/governance/sessions/" + board).text())
                .contains("Budget plan " + year + " (total 12,345,000.00 CNY)");
        UUID decision = sessions.recordDecision(board, DecisionCommand.about(BudgetPlanQueries.ref(id), "Approved.",
                Outcome.ADOPTED_BY_CONSENSUS, null), Actor.system(clock.instant()));

        String page = client.get(BOARD, "/finance/plans/" + id).text();
        assertThat(page).contains("Approved", "#decision-" + decision).doesNotContain("Revise this plan", "Save the draft");
        assertThat(client.get(FINANCE, "/finance/plans/" + id).text()).contains("Revise this plan").doesNotContain("Save the draft");
        assertThat(client.get(SECRETARIAT, "/finance/plans").text()).contains("Year " + year, "the Board’s decision");
        assertThat(client.post(FINANCE, "/finance/plans/" + id, "version", "99", "lines[advisory]", "1").status()).isEqualTo(422);

        FinanceClient.Answer revised = client.post(FINANCE, "/finance/plans/" + id + "/revise");
        assertThat(revised.redirect()).startsWith("/finance/plans/").isNotEqualTo("/finance/plans/" + id);
        assertThat(queries.plan(id).orElseThrow().total()).isEqualByComparingTo("12345000");
    }

    @Test
    void theApiDraftsListsProposesAndRefusesBadInputWithProblems() throws Exception {
        int year = YEARS.getAndIncrement();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("lines", Map.of("cooperation", 5000, "capacity-building", 1));
        FinanceClient.Answer area = client.postJson(FINANCE, "/api/v1/finance/plans", body);
        assertThat(area.status()).isEqualTo(400);
        JsonNode error = area.json(json).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("lines[capacity-building]");
        assertThat(error.get("message").asString()).isEqualTo("capacity-building is an area: budget each of its programmes instead.");
        body.put("lines", Map.of("cooperation", "lots"));
        assertThat(client.postJson(FINANCE, "/api/v1/finance/plans", body).status()).isEqualTo(400);

        body.put("lines", Map.of("cooperation", 5000));
        FinanceClient.Answer created = client.postJson(FINANCE, "/api/v1/finance/plans", body);
        assertThat(created.status()).isEqualTo(201);
        JsonNode plan = created.json(json);
        String id = plan.get("id").asString();
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("total").decimalValue()).isEqualByComparingTo("5000");

        FinanceClient.Answer stale = client.putJson(FINANCE, "/api/v1/finance/plans/" + id,
                Map.of("lines", Map.of("cooperation", 1), "version", plan.get("version").asInt() + 1));
        assertThat(stale.status()).isEqualTo(400);
        assertThat(client.postJson(FINANCE, "/api/v1/finance/plans/" + id + "/propose", Map.of()).json(json).get("status").asString())
                .isEqualTo("PROPOSED");
        assertThat(client.get(BOARD, "/api/v1/finance/plans/" + id).json(json).get("lines").get("cooperation").decimalValue())
                .isEqualByComparingTo("5000");
        assertThat(client.get(SECRETARIAT, "/api/v1/finance/plans").text()).contains(id);
        assertThat(client.get(FINANCE, "/api/v1/finance/plans/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void onlyFinanceStaffWriteAndOnlyTheThreeReadingRolesRead() throws Exception {
        UUID id = plans.draft(YEARS.getAndIncrement(), Map.of("training", BigDecimal.ONE), "", false);
        for (String reader : new String[] {FINANCE, SECRETARIAT, BOARD}) {
            assertThat(client.get(reader, "/finance/plans").status()).as(reader).isEqualTo(200);
            assertThat(client.get(reader, "/finance/plans/" + id).status()).as(reader).isEqualTo(200);
            assertThat(client.get(reader, "/api/v1/finance/plans/" + id).status()).as(reader).isEqualTo(200);
        }
        for (String readOnly : new String[] {SECRETARIAT, BOARD}) {
            assertThat(client.get(readOnly, "/finance/plans/" + id).text()).doesNotContain("Put before the Board", "Save the draft");
            assertThat(client.post(readOnly, "/finance/plans/" + id + "/propose").status()).as(readOnly).isEqualTo(403);
            assertThat(client.post(readOnly, "/finance/plans", "year", "2099").status()).as(readOnly).isEqualTo(403);
            assertThat(client.postJson(readOnly, "/api/v1/finance/plans", Map.of("year", 2099)).status()).as(readOnly).isEqualTo(403);
        }
        assertThat(client.get(APPLICANT, "/finance/plans").status()).isEqualTo(403);
        assertThat(client.get(APPLICANT, "/api/v1/finance/plans/" + id).status()).isEqualTo(403);
        assertThat(client.post(APPLICANT, "/finance/plans/" + id + "/propose").status()).isEqualTo(403);
        assertThat(client.get(null, "/finance/plans").redirect()).endsWith("/login");
        assertThat(client.get(null, "/api/v1/finance/plans").status()).isEqualTo(401);
        assertThat(queries.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
    }
}
