package org.ansoplatform.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.ansoplatform.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every figure the seed's Annual Report 2021 states (seed 002) appears in the demo's published 2021 edition with the
 * seed's value, as the public API gives the frozen figures: counted from the records when the Board's decision
 * froze the edition, not typed.
 */
class AnnualReportSeedFiguresTests extends IntegrationTest {

    @Autowired AnnualReportQueries queries;
    @Autowired MockMvc mvc;
    @Autowired org.ansoplatform.figures.FigureQueries figureQueries;

    private final Map<String, JsonNode> figures = new HashMap<>();

    @BeforeEach
    void publishedFigures() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> queries.published(2021).isPresent());
        // the demo's edition, the first of 2021: a test may publish a later one with a record added
        UUID demo = queries.editions().stream().filter(edition -> edition.year() == 2021 && edition.number() == 1)
                .findFirst().orElseThrow().id();
        String json = mvc.perform(get("/api/v1/annual-report/2021/figures").param("edition", demo.toString()).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (JsonNode figure : JsonMapper.builder().build().readTree(json)) {
            figures.put(figure.get("ref").asString(), figure);
        }
    }

    @Test
    void theScholarshipHadOver6000ApplicantsFromMoreThan110CountriesAnd300PhdAnd200MastersAwardees() {
        assertThat(value("calls.applications@call=scholarship-2021")).as("over 6000 applicants").isBetween(6001L, 6999L);
        assertThat(value("calls.countries@call=scholarship-2021")).as("more than 110 countries").isGreaterThan(110);
        assertThat(value("calls.awardees@call=scholarship-2021[PHD]")).as("300 PhD awardees").isEqualTo(300);
        assertThat(value("calls.awardees@call=scholarship-2021[MASTER]")).as("200 Master's awardees").isEqualTo(200);
        assertThat(value("calls.nominations@call=scholarship-2021")).as("the 20 recommended candidates").isEqualTo(20);
        assertThat(value("calls.nominationsSelected@call=scholarship-2021")).as("13 of them selected").isEqualTo(13);
        assertThat(figures.get("calls.applications@call=scholarship-2021").get("illustrative").asBoolean())
                .as("the applications are illustrative, and the edition says so").isTrue();
    }

    @Test
    void theFellowshipSelected29AtEightFacilitiesAndTheTrainingsReachedTheirCountries() {
        assertThat(value("calls.selected@call=visiting-fellowship-2021")).as("29 candidates were selected").isEqualTo(29);
        assertThat(value("calls.awardees@call=visiting-fellowship-2021#parts")).as("8 mega-science facilities").isEqualTo(8);
        assertThat(value("meetings.trainees")).as("seventy-eight scientists and engineers").isEqualTo(78);
        assertThat(value("meetings.trainees#parts")).as("from 17 developing countries").isEqualTo(17);
        assertThat(value("projects.trainees@project=ANSO-CRP-2019-01#parts")).as("CropWatch: 16 countries").isEqualTo(16);
        assertThat(value("projects.trainees@project=ANSO-CRP-2019-01")).as("more than 70 technical personnel").isGreaterThan(70);
    }

    @Test
    void theBoardEndorsedEightAfter22EarlierWithNineMembersAnd19Associations() {
        assertThat(value("governance.applicationsEndorsed")).as("eight were endorsed").isEqualTo(8);
        assertThat(value("governance.applicationsEndorsedCumulative/2020")).as("the 22 endorsed in the previous GB meetings").isEqualTo(22);
        assertThat(value("governance.boardSeats")).as("the Board's nine member organizations").isEqualTo(9);
        assertThat(value("governance.associations")).as("associations reached 19").isEqualTo(19);
    }

    @Test
    void sixtyTwoDevelopmentReportsInThreeSeriesAndThreeOutreachAndTwoHighlightIssues() {
        assertThat(value("publications.advisoryReportsCumulative")).as("a total of 62 development reports").isEqualTo(62);
        assertThat(partCounts("publications.advisoryReportsCumulative").values()).as("13 + 10 + 39").containsExactlyInAnyOrder(13L, 10L, 39L);
        Map<String, Long> issues = partCounts("publications.issues");
        assertThat(issues.entrySet()).as("three issues of ANSO Outreach, two of ANSO Highlight")
                .anyMatch(part -> part.getKey().contains("Outreach") && part.getValue() == 3)
                .anyMatch(part -> part.getKey().contains("Highlight") && part.getValue() == 2);
    }

    @Test
    void theListOfAnsoMeetings2021Has36RowsTheBoardMeetingAmongThem() {
        long rows = figures.keySet().stream().filter(ref -> ref.startsWith("meetings.meetings[") || ref.equals("governance.sessions[BOARD]"))
                .mapToLong(this::value).sum();
        assertThat(rows).as("the List of ANSO Meetings 2021: 35 meetings and the 4th Governing Board meeting").isEqualTo(36);
        assertThat(value("governance.sessions[BOARD]")).as("the 4th Governing Board meeting").isEqualTo(1);
    }

    @Test
    void theEndowmentAndTheNextYearsBudgetPlanAreTheFinanceRecords() {
        JsonNode endowment = figures.get("finance.endowmentPrincipal");
        assertThat(endowment).as("the STIC endowment").isNotNull();
        assertThat(new BigDecimal(endowment.get("amount").asString())).isEqualByComparingTo("50000000");
        assertThat(endowment.get("currency").asString()).isEqualTo("CNY");
        JsonNode budget = figures.get("finance.budget/2022");
        assertThat(budget).as("the 2022 budget plan").isNotNull();
        assertThat(new BigDecimal(budget.get("amount").asString())).isPositive();
        assertThat(budget.get("illustrative").asBoolean()).as("the seeds give only a chart: illustrative, and said so").isTrue();
    }

    @Test
    void theReportOffersItsOwnFigureTheEditionsTheBoardApprovedInAYear() {
        UUID demo = queries.editions().stream().filter(edition -> edition.year() == 2021 && edition.number() == 1)
                .findFirst().orElseThrow().id();
        assertThat(figureQueries.figure("annualreport.editionsApproved", 2022).records())
                .as("the demo's 2021 edition, approved by the 2022 session").contains(AnnualReportPaths.edition(demo));
        assertThat(figureQueries.figure("annualreport.editionsApproved", 2021).records()).doesNotContain(AnnualReportPaths.edition(demo));
    }

    private long value(String ref) {
        JsonNode figure = figures.get(ref);
        assertThat(figure).as("the edition names " + ref).isNotNull();
        assertThat(figure.get("problem").isNull()).as(ref + " resolves").isTrue();
        return figure.get("value").asLong();
    }

    private Map<String, Long> partCounts(String ref) {
        JsonNode figure = figures.get(ref);
        assertThat(figure).as("the edition names " + ref).isNotNull();
        Map<String, Long> parts = new HashMap<>();
        List<JsonNode> list = StreamSupport.stream(figure.get("parts").spliterator(), false).toList();
        list.forEach(part -> parts.put(part.get("name").asString(), part.get("count").asLong()));
        return parts;
    }
}
