package org.ansoplatform.finance.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.finance.PlanStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The finance overview and the budget API: who may read them, what they show, every actual linking to its lines. */
class FinanceOverviewTests extends IntegrationTest {

    @Autowired
    TestFinanceStore fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    MockHttpServletResponse as(String role, String path) throws Exception {
        return mvc.perform(get(path).with(user(role.toLowerCase() + "@example.org").roles(role))).andReturn().getResponse();
    }

    @Test
    void theSecretariatAndTheBoardHaveOneFinanceEntryAndFinanceStaffTheirWholeMenu() throws Exception {
        for (String reader : new String[] {"secretariat", "board"}) {
            String html = demo(reader);
            String nav = html.substring(html.indexOf("<nav>"), html.indexOf("</nav>"));
            assertThat(Pattern.compile("href=\"/finance[\"/?]").matcher(nav).results().count()).as(reader).isEqualTo(1);
        }
        String html = demo("finance");
        String nav = html.substring(html.indexOf("<nav>"), html.indexOf("</nav>"));
        assertThat(nav).contains("href=\"/finance\"", "href=\"/finance/plans\"", "href=\"/finance/ledger\"",
                "href=\"/finance/ledger/import\"", "href=\"/finance/rates\"", "href=\"/finance/funds\"");
    }

    /** The front page as the demo account {@code name}@example.org sees it (menus need the signed-in person). */
    private String demo(String name) throws Exception {
        return mvc.perform(get("/").with(user(people.loadUserByUsername(name + "@example.org")))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.userdetails.UserDetailsService people;

    /** The table row of {@code kind} (a class, or any) for {@code key} (a programme's or a project's code). */
    static String row(String page, String kind, String key) {
        Matcher row = Pattern.compile("<tr class=\"" + (kind.isEmpty() ? "[^\"]*" : kind) + "\"[^>]*data-[a-z]+=\"" + Pattern.quote(key)
                + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as(kind + " row " + key).isTrue();
        return row.group(1);
    }

    @Test
    void anApplicantAndAnAnonymousVisitorSeeNothingOfFinance() throws Exception {
        for (String path : new String[] {"/finance", "/finance/budget?year=2047", "/api/v1/finance/budget?year=2047"}) {
            MockHttpServletResponse anonymous = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(path).isIn(302, 401);
            assertThat(anonymous.getContentAsString()).doesNotContain("budget-table");
            for (String role : new String[] {"APPLICANT", "REVIEWER", "MEMBER_REPRESENTATIVE", "ADMIN"}) {
                assertThat(as(role, path).getStatus()).as(role + " " + path).isEqualTo(403);
            }
        }
    }

    @Test
    void financeStaffTheSecretariatAndTheBoardReadTheOverviewWithTheChartTheTableAndEachActualLinkingToItsLines() throws Exception {
        TestFinanceStore store = fixtures;
        int year = 2047;
        store.plan(year, PlanStatus.APPROVED, Map.of("scholarship", "1000", "cooperation", "5000"));
        store.line(LocalDate.of(year, 2, 1), "scholarship", "1250");
        store.line(LocalDate.of(year, 2, 2), "training", "10", "USD", "7");
        store.line(LocalDate.of(year, 2, 3), "capacity-building", "5");
        String project = store.project(year, "USD", "150000", "50000");

        for (String role : new String[] {"FINANCE", "SECRETARIAT", "BOARD_MEMBER"}) {
            MockHttpServletResponse response = as(role, "/finance?year=" + year);
            assertThat(response.getStatus()).as(role).isEqualTo(200);
            String page = response.getContentAsString();
            String scholarship = row(page, "programme", "scholarship");
            assertThat(scholarship).contains("<td class=\"number\">1,000.00 CNY</td>")
                    .contains("<a class=\"actual\" href=\"/finance/ledger?year=2047&amp;programme=scholarship\">1,250.00 CNY</a>")
                    .contains("<td class=\"number over\">-250.00 CNY</td>").contains("125.0%");
            assertThat(row(page, "subtotal", "capacity-building"))
                    .contains("href=\"/finance/ledger?year=2047&amp;programme=capacity-building\">1,325.00 CNY</a>");
            // lines charged to the area itself: no filter gives their sum alone, so that row is not a link
            assertThat(row(page, "programme", "capacity-building")).contains("<span class=\"actual\">5.00 CNY</span>")
                    .doesNotContain("href=");
            assertThat(page).contains("<tr class=\"total\">")
                    .contains("href=\"/finance/ledger?year=2047\">").contains("class=\"muted plan-approved\"");
            assertThat(page).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"budget-chart\" role=\"img\"")
                    .contains("class=\"bar actual").doesNotContain(" style=");
            assertThat(row(page, "grant", project)).contains("150,000.00 USD").contains("50,000.00 USD");
            assertThat(page).contains("data-currency=\"USD\"").contains("href=\"/finance/plans\"")
                    .contains("href=\"/finance/funds\"");
        }
    }

    @Test
    void aYearWithoutAnApprovedPlanSaysSoAndShowsTheProposedPlanAsNotApproved() throws Exception {
        TestFinanceStore store = fixtures;
        store.plan(2048, PlanStatus.PROPOSED, Map.of("advisory", "400"));

        String proposed = as("FINANCE", "/finance?year=2048").getContentAsString();
        String none = as("FINANCE", "/finance?year=2049").getContentAsString();

        assertThat(proposed).contains("flash info plan-proposed").contains(">Budget (proposed, not approved)</th>")
                .doesNotContain("plan-approved");
        assertThat(row(proposed, "programme", "advisory")).contains("400.00 CNY");
        assertThat(none).contains("flash info plan-none");
        assertThat(row(none, "programme", "advisory")).contains("<td class=\"number\">no plan</td>");
    }

    @Test
    void theApiGivesEachProgrammesBudgetActualVarianceAndCurrencyToItsReaders() throws Exception {
        TestFinanceStore store = fixtures;
        int year = 2050;
        store.plan(year, PlanStatus.APPROVED, Map.of("operations", "900"));
        store.line(LocalDate.of(year, 7, 1), "operations", "300");

        MockHttpServletResponse response = as("BOARD_MEMBER", "/api/v1/finance/budget?year=" + year);

        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.currency")).isEqualTo("CNY");
        assertThat(JsonPath.<String>read(json, "$.planStatus")).isEqualTo("APPROVED");
        assertThat(JsonPath.<java.util.List<Number>>read(json, "$.programmes[?(@.programme == 'operations')].budget").get(0).doubleValue()).isEqualTo(900.0);
        assertThat(JsonPath.<java.util.List<Number>>read(json, "$.programmes[?(@.programme == 'operations')].actual").get(0).doubleValue()).isEqualTo(300.0);
        assertThat(JsonPath.<java.util.List<Number>>read(json, "$.programmes[?(@.programme == 'operations')].variance").get(0).doubleValue()).isEqualTo(600.0);
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.programmes[?(@.programme == 'operations')].ledger").get(0))
                .isEqualTo("/finance/ledger?year=2050&programme=operations");
        assertThat(as("SECRETARIAT", "/api/v1/finance/budget?year=" + year).getStatus()).isEqualTo(200);
        assertThat(as("FINANCE", "/api/v1/finance/budget?year=" + year).getStatus()).isEqualTo(200);
    }

    @Test
    void aYearThatIsNotOneIsRefusedWithAMessageInTheReadersLanguage() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/finance?year=abc").header("Accept-Language", "fr")
                .with(user("f").roles("FINANCE"))).andReturn().getResponse();
        MockHttpServletResponse far = mvc.perform(get("/finance?year=1999").header("Accept-Language", "zh")
                .with(user("f").roles("FINANCE"))).andReturn().getResponse();
        MockHttpServletResponse api = mvc.perform(get("/api/v1/finance/budget?year=3000").with(user("f").roles("FINANCE")))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).doesNotContain("budget-table");
        assertThat(far.getStatus()).isEqualTo(400);
        assertThat(far.getContentAsString()).contains("请输入2000至2100之间的年份。");
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("year");
    }
}
