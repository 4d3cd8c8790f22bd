package org.ansoplatform.finance.web;

import static org.ansoplatform.finance.web.FinanceClient.APPLICANT;
import static org.ansoplatform.finance.web.FinanceClient.BOARD;
import static org.ansoplatform.finance.web.FinanceClient.FINANCE;
import static org.ansoplatform.finance.web.FinanceClient.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.finance.funds.FundBalances;
import org.ansoplatform.finance.funds.FundManagement;
import org.ansoplatform.finance.funds.FundQueries;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Funds and the endowment (issue 19, item 5): what came in, what is available, and who may see and enter it. */
class FundWebTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired JsonMapper json;
    @Autowired FundManagement funds;
    @Autowired FundQueries queries;
    @Autowired FundBalances balances;

    FinanceClient client;

    @BeforeEach
    void client() {
        client = new FinanceClient(mvc, people, json);
    }

    @Test
    void anEndowmentKeepsItsPrincipalApartAndMayPayOnlyItsIncome() throws Exception {
        String code = code("endow");
        funds.create(code, LocalizedText.of(Map.of("en", "Test Endowment", "zh", "测试捐赠基金")), FundKind.ENDOWMENT, null,
                LocalizedText.of(Map.of("en", "Initial capital: RMB 50 million")));
        funds.record(code, MovementKind.PRINCIPAL, new BigDecimal("50000000"), LocalDate.now(clock).minusDays(30), "Initial capital");
        funds.record(code, MovementKind.INCOME, new BigDecimal("1250000.25"), LocalDate.now(clock), "Earnings");

        FundBalances.Balance balance = balances.of(code).orElseThrow();
        assertThat(balance.principal()).isEqualByComparingTo("50000000");
        assertThat(balance.available()).isEqualByComparingTo("1250000.25");
        String page = client.get(BOARD, "/finance/funds/" + code).text();
        assertThat(page).contains("Test Endowment", "50,000,000.00 CNY", "1,250,000.25 CNY", "The principal is never spent",
                "Initial capital").doesNotContain("Record money received");
        assertThat(client.get(FINANCE, "/finance/funds/" + code).text()).contains("Record money received");
        assertThat(client.get(SECRETARIAT, "/finance/funds").text()).contains("Test Endowment", "Endowment");
        JsonNode api = client.get(SECRETARIAT, "/api/v1/finance/funds/" + code).json(json);
        assertThat(api.get("fund").get("available").decimalValue()).isEqualByComparingTo("1250000.25");
        assertThat(api.get("movements")).hasSize(2);
    }

    @Test
    void badFundsAndMovementsAreRefusedAtTheirFieldsAndChangeNothing() throws Exception {
        String code = code("gift");
        assertThatThrownBy(() -> funds.create(code, LocalizedText.of(Map.of()), FundKind.RESTRICTED, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactlyInAnyOrder("name", "programmeCode"));
        assertThatThrownBy(() -> funds.create(code, LocalizedText.of(Map.of("en", "Gift")), FundKind.UNRESTRICTED, "training", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> funds.create(code, LocalizedText.of(Map.of("en", "Gift")), FundKind.RESTRICTED, "capacity-building", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> funds.create("Bad Code!", LocalizedText.of(Map.of("en", "Gift")), FundKind.UNRESTRICTED, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(queries.fund(code)).isEmpty();

        funds.create(code, LocalizedText.of(Map.of("en", "Training gift")), FundKind.RESTRICTED, "training", null);
        assertThatThrownBy(() -> funds.create(code, LocalizedText.of(Map.of("en", "Again")), FundKind.UNRESTRICTED, null, null))
                .isInstanceOf(InvalidInputException.class);
        String path = "/finance/funds/" + code + "/movements";
        FinanceClient.Answer future = client.post(FINANCE, path, "kind", "INCOME", "amount", "10",
                "date", LocalDate.now(clock).plusDays(1).toString());
        assertThat(future.status()).isEqualTo(422);
        assertThat(FieldErrors.of(future.text(), "date")).isEqualTo("Enter a day that is not in the future.");
        FinanceClient.Answer negative = client.post(FINANCE, path, "kind", "INCOME", "amount", "-10", "date", LocalDate.now(clock).toString());
        assertThat(FieldErrors.of(negative.text(), "amount")).isEqualTo("Enter an amount greater than zero.");
        FinanceClient.Answer word = client.post(FINANCE, path, "kind", "INCOME", "amount", "ten", "date", LocalDate.now(clock).toString());
        assertThat(word.status()).isEqualTo(422);
        assertThat(FieldErrors.of(word.text(), "amount")).isEqualTo("Enter a number.");
        FinanceClient.Answer api = client.postJson(FINANCE, "/api/v1/finance/funds/" + code + "/movements",
                Map.of("kind", "INCOME", "amount", 0, "date", LocalDate.now(clock).toString()));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json(json).get("errors").get(0).get("field").asString()).isEqualTo("amount");
        assertThat(queries.movements(code)).isEmpty();

        assertThat(client.post(FINANCE, path, "kind", "INCOME", "amount", "10.5", "date", LocalDate.now(clock).toString()).status())
                .isEqualTo(302);
        assertThat(queries.movements(code)).hasSize(1);
    }

    @Test
    void financeStaffCreateFundsOnThePageAndThroughTheApi() throws Exception {
        String code = code("unres");
        FinanceClient.Answer refused = client.post(FINANCE, "/finance/funds", "code", code, "kind", "UNRESTRICTED", "name[en]", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(FieldErrors.of(refused.text(), "name")).isEqualTo("Enter the fund’s name, at least in the first language.");

        FinanceClient.Answer created = client.post(FINANCE, "/finance/funds", "code", code, "kind", "UNRESTRICTED",
                "name[en]", "General fund", "name[fr]", "Fonds général");
        assertThat(created.redirect()).isEqualTo("/finance/funds/" + code);
        assertThat(queries.fund(code).orElseThrow().name().get("fr")).isEqualTo("Fonds général");

        String other = code("api");
        FinanceClient.Answer viaApi = client.postJson(FINANCE, "/api/v1/finance/funds",
                Map.of("code", other, "name", Map.of("en", "Restricted gift"), "kind", "RESTRICTED", "programmeCode", "advisory"));
        assertThat(viaApi.status()).isEqualTo(201);
        assertThat(viaApi.json(json).get("programmeCode").asString()).isEqualTo("advisory");
        assertThat(client.get(BOARD, "/api/v1/finance/funds").text()).contains(code, other);
    }

    @Test
    void onlyFinanceStaffEnterFundsAndOnlyTheReadingRolesSeeThem() throws Exception {
        String code = code("guard");
        funds.create(code, LocalizedText.of(Map.of("en", "Guarded")), FundKind.UNRESTRICTED, null, null);
        for (String readOnly : new String[] {SECRETARIAT, BOARD}) {
            assertThat(client.get(readOnly, "/finance/funds/" + code).status()).isEqualTo(200);
            assertThat(client.post(readOnly, "/finance/funds/" + code + "/movements", "kind", "INCOME", "amount", "5",
                    "date", LocalDate.now(clock).toString()).status()).as(readOnly).isEqualTo(403);
            assertThat(client.postJson(readOnly, "/api/v1/finance/funds", Map.of("code", code("x"))).status()).isEqualTo(403);
            assertThat(client.get(readOnly, "/finance/funds").text()).doesNotContain("Create the fund");
        }
        assertThat(client.get(APPLICANT, "/finance/funds").status()).isEqualTo(403);
        assertThat(client.get(APPLICANT, "/api/v1/finance/funds/" + code).status()).isEqualTo(403);
        assertThat(client.get(null, "/finance/funds/" + code).redirect()).endsWith("/login");
        assertThat(client.get(FINANCE, "/finance/funds/no-such-fund").status()).isEqualTo(404);
        assertThat(queries.movements(code)).isEmpty();
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
