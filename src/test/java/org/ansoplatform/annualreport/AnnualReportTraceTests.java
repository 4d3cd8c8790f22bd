package org.ansoplatform.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.activitylog.ActivityFilter;
import org.ansoplatform.activitylog.ActivityQueries;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every figure of the demo's published 2021 edition opens what it counts: the records the reader may see, with
 * links, and a count of the rest (calls' applications are the Secretariat's); a signed-in reader shown that private
 * records were counted leaves a trace in the activity log.
 */
class AnnualReportTraceTests extends IntegrationTest {

    @Autowired AnnualReportQueries queries;
    @Autowired ActivityQueries activity;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;

    @Test
    void aFigureOfThePublishedEditionShowsWhatTheReaderMaySeeAndCountsTheRest() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> queries.published(2021).isPresent());
        String edition = body(null, "/annual-report/2021");
        assertThat(edition).contains("href=\"/annual-report/2021/figures/calls.applications@call=scholarship-2021?edition=");

        String anonymous = body(null, "/annual-report/2021/figures/calls.applications@call=scholarship-2021");
        assertThat(anonymous).contains("Records you may see: 0").contains("more counted that you may not see")
                .contains("Frozen on");
        String secretariat = body("secretariat@example.org", "/annual-report/2021/figures/calls.applications@call=scholarship-2021");
        assertThat(secretariat).doesNotContain("more counted that you may not see").contains("href=\"/applications/");

        long before = hiddenShown();
        body("applicant@example.org", "/annual-report/2021/figures/calls.applications@call=scholarship-2021");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> hiddenShown() == before + 1);
        body(null, "/annual-report/2021/figures/calls.applications@call=scholarship-2021");
        assertThat(hiddenShown()).as("a visitor is not a person to record").isEqualTo(before + 1);

        String decisions = body(null, "/annual-report/2021/figures/governance.decisions%5BBOARD%5D");
        assertThat(decisions).contains("href=\"/governance/sessions/").doesNotContain("you may not see");
        for (String missing : new String[] {"/annual-report/2021/figures/calls.nothing", "/annual-report/2021/figures/calls.applications@call=",
                "/annual-report/2021/figures/calls.applications?edition=not-an-id", "/annual-report/1899"}) {
            assertThat(mvc.perform(get(missing)).andReturn().getResponse().getStatus()).as(missing).isEqualTo(404);
        }
        String api = mvc.perform(get("/api/v1/annual-report/2021")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"year\":2021").contains("\"status\":\"PUBLISHED\"");
    }

    private long hiddenShown() {
        return activity.find(new ActivityFilter(null, "annualreport.figure.hiddenCounted", null, null, null, null),
                org.ansoplatform.shared.PageRequest.of(0, 1)).total();
    }

    private String body(String who, String path) throws Exception {
        // a URI as the browser sends it: the test's template expansion would encode the % of an encoded bracket again
        var request = get(java.net.URI.create(path)).locale(Locale.ENGLISH);
        if (who != null) {
            request = request.with(user(people.loadUserByUsername(who)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
