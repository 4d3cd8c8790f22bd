package org.ansoplatform.datasets.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.datasets.DatasetUsage;
import org.ansoplatform.datasets.UsageTotals;
import org.ansoplatform.datasets.UsageVisit;
import org.ansoplatform.shared.Figure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** COUNTER counts: totals and uniques, double clicks, robots, the exports and who may read them, the yearly figures. */
class UsageCountsTests extends IntegrationTest {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Autowired
    DatasetUsage usage;

    @Autowired
    UsageFigures figures;

    @Autowired
    UsageRobots robots;

    @Autowired
    MockMvc mvc;

    UsageVisit visit(String session, Instant at) {
        return new UsageVisit(session, BROWSER, "192.0.2.7", at);
    }

    @Test
    void requestsAreInvestigationsTooDoubleClicksCountOnceAndUniquesAreSessionsPerHour() {
        UUID dataset = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant t = Instant.parse("2026-03-10T10:15:00Z");
        usage.investigation(dataset, first, visit("alice", t));
        usage.investigation(dataset, first, visit("alice", t.plusSeconds(10)));   // double click: once
        usage.request(dataset, first, visit("alice", t.plusSeconds(20)));         // another kind: counted
        usage.request(dataset, first, visit("alice", t.plusSeconds(45)));         // 25 s after: a double click
        usage.request(dataset, first, visit("alice", t.plusSeconds(90)));         // counted again
        usage.investigation(dataset, first, visit("bob", t.plusSeconds(5)));
        usage.investigation(dataset, first, visit("alice", t.plus(Duration.ofHours(1))));  // another hour: another session
        usage.investigation(dataset, second, visit(null, t));                    // no session: address and agent
        usage.investigation(dataset, second, new UsageVisit(null, BROWSER, "192.0.2.8", t));

        // investigations: alice 1 + 2 requests + 1 later, bob 1 = 5; uniques: alice@10h, bob@10h, alice@11h
        assertThat(usage.ofVersion(first)).isEqualTo(new UsageTotals(5, 3, 2, 1));
        assertThat(usage.ofVersion(second)).isEqualTo(new UsageTotals(2, 2, 0, 0));
        assertThat(usage.ofDataset(dataset)).isEqualTo(new UsageTotals(7, 5, 2, 1));
        assertThat(usage.ofVersion(UUID.randomUUID())).isEqualTo(UsageTotals.NONE);
    }

    @Test
    void robotsFromTheCounterListAreNotCounted() {
        assertThat(robots.size()).isGreaterThan(300);
        UUID dataset = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        Instant t = clock.instant();
        for (String agent : List.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "python-requests/2.31.0", "Wget/1.21", "curl/8.5.0", "", "x")) {
            usage.request(dataset, version, new UsageVisit("robot", agent, "192.0.2.9", t));
        }
        usage.request(dataset, version, new UsageVisit(null, null, "192.0.2.9", t));
        assertThat(usage.ofVersion(version)).isEqualTo(UsageTotals.NONE);
        usage.request(dataset, version, visit("person", t));
        assertThat(usage.ofVersion(version)).isEqualTo(new UsageTotals(1, 1, 1, 1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMonthlyReportIsForCuratorsAndTheSecretariatAndOneDatasetsCountsForAnyone() throws Exception {
        UUID dataset = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        Instant t = clock.instant();
        usage.investigation(dataset, version, visit("carol", t));
        usage.request(dataset, version, visit("carol", t.plusSeconds(1)));
        String month = YearMonth.from(t.atZone(ZoneOffset.UTC)).toString();

        for (String role : List.of("DATA_CURATOR", "SECRETARIAT")) {
            MockHttpServletResponse page = mvc.perform(get("/datasets/usage?month=" + month).with(user("u").roles(role)))
                    .andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains(version.toString())
                    .contains("format=csv").contains("format=json");
            MockHttpServletResponse json = mvc.perform(get("/datasets/usage?format=json&month=" + month).with(user("u").roles(role)))
                    .andReturn().getResponse();
            assertThat(json.getStatus()).isEqualTo(200);
            Map<String, Object> report = new ObjectMapper().readValue(json.getContentAsString(StandardCharsets.UTF_8), Map.class);
            List<Map<String, Object>> items = (List<Map<String, Object>>) report.get("Report_Items");
            assertThat(items).filteredOn(item -> item.get("Version").equals(version.toString())).singleElement()
                    .satisfies(item -> {
                        assertThat(item).containsEntry("Month", month).containsEntry("Total_Dataset_Investigations", 2)
                                .containsEntry("Unique_Dataset_Investigations", 1).containsEntry("Total_Dataset_Requests", 1)
                                .containsEntry("Unique_Dataset_Requests", 1);
                    });
            MockHttpServletResponse csv = mvc.perform(get("/datasets/usage?format=csv&month=" + month).with(user("u").roles(role)))
                    .andReturn().getResponse();
            assertThat(csv.getContentType()).startsWith("text/csv");
            assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Total_Dataset_Investigations")
                    .contains(dataset + "," + version + "," + month + ",2,1,1,1");
        }
        assertThat(mvc.perform(get("/datasets/usage").with(user("a").roles("APPLICANT", "REVIEWER", "ADMIN")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/datasets/usage")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/datasets/usage?month=March").with(user("u").roles("DATA_CURATOR")))
                .andReturn().getResponse().getStatus()).isEqualTo(400);

        MockHttpServletResponse open = mvc.perform(get("/datasets/" + dataset + "/usage.csv")).andReturn().getResponse();
        assertThat(open.getStatus()).isEqualTo(200);
        assertThat(open.getContentAsString(StandardCharsets.UTF_8)).contains(dataset + "," + version + "," + month + ",2,1,1,1");
    }

    @Test
    void theYearsFiguresCountDownloadsAndInvestigations() {
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        List<Figure> before = figures.figures(year);
        UUID dataset = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        usage.investigation(dataset, version, visit("dave", clock.instant()));
        usage.request(dataset, version, visit("dave", clock.instant()));
        List<Figure> after = figures.figures(year);
        assertThat(after).extracting(Figure::key).containsExactly("datasets.downloads", "datasets.investigations");
        assertThat(after.get(0).count() - before.get(0).count()).isEqualTo(1);
        assertThat(after.get(1).count() - before.get(1).count()).isEqualTo(2);
    }
}
