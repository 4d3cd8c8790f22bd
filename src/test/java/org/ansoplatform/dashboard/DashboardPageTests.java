package org.ansoplatform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each role lands on its own cards and no other's; nobody sees another person's applications; anonymous is sent to sign in. */
class DashboardPageTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    UUID callId;

    @BeforeEach
    void setUp() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CallTestDataAccess.languageCall(now.minusDays(1), now.plusDays(20), false));
    }

    private String dashboard(Someone who) throws Exception {
        return mvc.perform(get("/dashboard").with(who.signedIn()).locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void anonymousIsSentToSignIn() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theApplicantSeesTheirApplicationWithWhatIsMissingAndItsDeadlineAndNoOtherCard() throws Exception {
        Someone applicant = Someone.register(accounts, "Dashboard Applicant", "APPLICANT");
        Someone other = Someone.register(accounts, "Other Dashboard Applicant", "APPLICANT");
        UUID mine = applications.start(callId, applicant);

        String page = dashboard(applicant);

        assertThat(page).contains("data-card=\"applications\"", "data-application=\"" + mine + "\"", "Still missing", "<li>CV</li>",
                "Upcoming deadlines", "Submit your application to", "href=\"/dashboard\"");
        assertThat(page).doesNotContain("data-card=\"panels\"", "class=\"dashboard-card open-call\"", "data-card=\"reviews\"",
                "data-card=\"votes\"", "data-card=\"nominations\"");
        String others = dashboard(other);
        assertThat(others).contains("data-card=\"applications\"", "You have no applications yet.").doesNotContain(mine.toString())
                .contains("Signed in as " + other.email()).doesNotContain(applicant.email());
    }

    @Test
    void theSecretariatSeesItsOpenCallsChartsAndPanelsButNoApplicantCard() throws Exception {
        Someone secretary = Someone.register(accounts, "Dashboard Secretary", "SECRETARIAT");
        Someone applicant = Someone.register(accounts, "Counted Applicant", "APPLICANT");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID counted = calls.create(CallTestDataAccess.call("dashboard", now.minusDays(1), now.plusDays(20)));
        CallTestDataAccess.submitted(applications, counted, applicant, "KE");

        String page = dashboard(secretary);

        assertThat(page).contains("data-call=\"" + counted + "\"", "data-part=\"per-day\"", "data-part=\"countries\"", "data-part=\"funnel\"",
                "data-country=\"KE\"", "Kenya", "data-stage=\"started\"", "data-stage=\"enrolled\"", "data-card=\"panels\"",
                "/webjars/chart.js/", "/js/charts-");
        assertThat(page).doesNotContain("data-card=\"applications\"", "data-card=\"reviews\"");
    }

    @Test
    void aReviewerSeesTheirReviewsCardOnly() throws Exception {
        Someone reviewer = Someone.register(accounts, "Dashboard Reviewer", "REVIEWER");

        String page = dashboard(reviewer);

        assertThat(page).contains("data-card=\"reviews\"", "No reviews are assigned to you.");
        assertThat(page).doesNotContain("data-card=\"panels\"", "class=\"dashboard-card open-call\"", "data-card=\"applications\"");
    }

    @Test
    void aRepresentativeWithoutAnOrganizationGetsNoSecretariatCard() throws Exception {
        Someone representative = Someone.register(accounts, "Dashboard Representative", "MEMBER_REPRESENTATIVE");

        String page = dashboard(representative);

        assertThat(page).doesNotContain("data-card=\"panels\"", "class=\"dashboard-card open-call\"", "data-card=\"applications\"")
                .contains("<h1>Dashboard</h1>");
    }
}
