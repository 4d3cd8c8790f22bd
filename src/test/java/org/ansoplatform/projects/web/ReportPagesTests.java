package org.ansoplatform.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.projects.ReportDraft;
import org.ansoplatform.projects.ReportManagement;
import org.ansoplatform.projects.ReportQueries;
import org.ansoplatform.projects.ReportSchedule;
import org.ansoplatform.projects.ReportStatus;
import org.ansoplatform.projects.ReportView;
import org.ansoplatform.projects.TestProjectStore;
import org.ansoplatform.projects.TestProjectStore.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who reaches reporting's pages (the principal investigator, another signed-in person, the Secretariat, anyone),
 * and how a refused form answers: 422 with the reason next to the field, nothing changed.
 */
class ReportPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ReportManagement reports;
    @Autowired
    ReportQueries queries;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    JdbcClient jdbc;

    Someone pi;
    Someone other;
    Someone secretariat;
    TestProject project;
    ReportView report;
    String piPage;
    String reviewPage;

    @BeforeEach
    void project() {
        pi = Someone.register(accounts, "Page Investigator");
        other = Someone.register(accounts, "Curious Colleague", "APPLICANT", "REVIEWER");
        secretariat = Someone.register(accounts, "Reporting Secretariat", "SECRETARIAT");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        project = new TestProjectStore(jdbc).create(today.minusMonths(13), today.plusMonths(11), ReportSchedule.ANNUAL, pi.id());
        reports.plan(project.id());
        report = queries.reports(project.id()).get(0);
        piPage = "/projects/" + project.id() + "/reports/" + report.id();
        reviewPage = "/secretariat/projects/" + project.id() + "/reports/" + report.id();
    }

    MockHttpServletResponse as(Someone person, MockHttpServletRequestBuilder request) throws Exception {
        if (person != null) {
            request.with(person.signedIn());
        }
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    @Test
    void onlyThePrincipalInvestigatorReachesTheReportAndTheirProjects() throws Exception {
        MockHttpServletResponse mine = as(pi, get(piPage));
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentAsString()).contains(project.acronym()).contains("Water stations").contains("Partner University");
        assertThat(as(other, get(piPage)).getStatus()).isEqualTo(404);
        assertThat(as(secretariat, get(piPage)).getStatus()).as("the Secretariat reads it on its own page").isEqualTo(404);
        assertThat(as(null, get(piPage)).getRedirectedUrl()).endsWith("/login");
        assertThat(as(other, post(piPage).param("narrative", "Taken over")).getStatus()).isEqualTo(404);
        assertThat(as(other, post(piPage + "/submit")).getStatus()).isEqualTo(404);
        assertThat(queries.report(project.id(), report.id()).orElseThrow().narrative()).isEmpty();

        assertThat(as(pi, get("/projects/mine")).getContentAsString()).contains(project.acronym()).contains(piPage);
        assertThat(as(other, get("/projects/mine")).getContentAsString()).doesNotContain(project.acronym());
        assertThat(as(null, get("/projects/mine")).getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void onlyTheSecretariatReviewsReportsKeepsMilestonesAndSeesWhatIsOverdue() throws Exception {
        for (String page : List.of(reviewPage, "/secretariat/projects/" + project.id() + "/reports",
                "/secretariat/projects/" + project.id() + "/milestones", "/secretariat/projects/reports/overdue")) {
            assertThat(as(secretariat, get(page)).getStatus()).as(page).isEqualTo(200);
            assertThat(as(pi, get(page)).getStatus()).as(page).isEqualTo(403);
            assertThat(as(other, get(page)).getStatus()).as(page).isEqualTo(403);
            assertThat(as(null, get(page)).getRedirectedUrl()).as(page).endsWith("/login");
        }
        assertThat(as(pi, post(reviewPage + "/accept")).getStatus()).isEqualTo(403);
        assertThat(as(secretariat, get("/secretariat/projects/reports/overdue")).getContentAsString()).contains(project.acronym());
    }

    @Test
    void aStatementWithABadAmountIsRefusedNextToTheStatementAndSavesNothing() throws Exception {
        MockHttpServletResponse refused = as(pi, post(piPage).param("narrative", "Three stations.")
                .param("indicator.stations", "3")
                .param("expensePartner", project.lead().toString()).param("expenseYear", String.valueOf(project.start().getYear()))
                .param("expenseCategory", "TRAVEL").param("expenseAmount", "12,50.7").param("expenseDescription", "Flights"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"expenses-error\"")
                .contains("is not an amount").contains("Three stations.").contains("12,50.7");
        assertThat(queries.report(project.id(), report.id()).orElseThrow().narrative()).isEmpty();

        MockHttpServletResponse saved = as(pi, post(piPage).param("narrative", "Three stations.").param("indicator.stations", "3")
                .param("expensePartner", project.lead().toString(), "").param("expenseYear", String.valueOf(project.start().getYear()), "")
                .param("expenseCategory", "TRAVEL", "").param("expenseAmount", "1250.50", "").param("expenseDescription", "Flights", ""));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(queries.expenses(report.id())).hasSize(1);
    }

    @Test
    void aSecondSubmissionIsRefusedClearlyAndTheSecretariatSendsBackOnlyWithComments() throws Exception {
        reports.save(project.id(), report.id(), pi.id(), new ReportDraft("Done.", Map.of(), List.of()));
        assertThat(as(pi, post(piPage + "/submit")).getStatus()).isEqualTo(302);
        MockHttpServletResponse again = as(pi, post(piPage + "/submit").param("narrative", "Changed"));
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("already been submitted");
        assertThat(queries.report(project.id(), report.id()).orElseThrow().narrative()).isEqualTo("Done.");

        MockHttpServletResponse noComment = as(secretariat, post(reviewPage + "/return").param("comment", " "));
        assertThat(noComment.getStatus()).isEqualTo(422);
        assertThat(noComment.getContentAsString()).contains("id=\"comment-error\"");
        assertThat(as(secretariat, post(reviewPage + "/return").param("comment", "Add the partners' figures.")).getStatus())
                .isEqualTo(302);
        assertThat(as(pi, get(piPage)).getContentAsString()).contains("Add the partners&#39; figures.");
        assertThat(queries.report(project.id(), report.id()).orElseThrow().status()).isEqualTo(ReportStatus.RETURNED);
    }

    @Test
    void anOutputWithAWrongDoiOrAnUnknownMeetingIsRefusedNextToItsField() throws Exception {
        MockHttpServletResponse doi = as(pi, post(piPage + "/outputs").param("kind", "PUBLICATION")
                .param("title[en]", "A paper").param("doi", "doi-10-1234"));
        assertThat(doi.getStatus()).isEqualTo(422);
        assertThat(doi.getContentAsString()).contains("id=\"doi-error\"").contains("is not a DOI");

        MockHttpServletResponse meeting = as(pi, post(piPage + "/outputs").param("kind", "TRAINING")
                .param("meetingId", UUID.randomUUID().toString()));
        assertThat(meeting.getStatus()).isEqualTo(422);
        assertThat(meeting.getContentAsString()).contains("id=\"meetingId-error\"").contains("no such meeting");

        MockHttpServletResponse count = as(pi, post(piPage + "/outputs").param("kind", "TRAINING").param("title[en]", "Course")
                .param("traineeCountry", "KG").param("traineeGender", "FEMALE").param("traineeCount", "-4"));
        assertThat(count.getStatus()).isEqualTo(422);
        assertThat(count.getContentAsString()).contains("cannot be negative");

        UUID course = meetings.create(TestMeetings.course("Linked course", null, null, false, List.of()));
        MockHttpServletResponse linked = as(pi, post(piPage + "/outputs").param("kind", "TRAINING")
                .param("meetingId", course.toString()).param("traineeCountry", "KG", "").param("traineeGender", "FEMALE", "UNKNOWN")
                .param("traineeCount", "9", ""));
        assertThat(linked.getStatus()).isEqualTo(302);
        assertThat(as(pi, get(piPage)).getContentAsString()).contains("Linked course").contains("/meetings/" + course);
    }

    @Test
    void aMilestoneOutsideTheProjectIsRefusedNextToItsDate() throws Exception {
        MockHttpServletResponse refused = as(secretariat, post("/secretariat/projects/" + project.id() + "/milestones")
                .param("kind", "DELIVERABLE").param("title[en]", "Report").param("dueOn", project.end().plusDays(1).toString()));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"dueOn-error\"").contains("must fall due while the project runs");
        assertThat(queries.milestones(project.id())).isEmpty();
        MockHttpServletResponse typo = as(secretariat, post("/secretariat/projects/" + project.id() + "/milestones")
                .param("kind", "DELIVERABLE").param("title[en]", "Report").param("dueOn", "30/06/2026"));
        assertThat(typo.getStatus()).isEqualTo(422);
        assertThat(as(secretariat, post("/secretariat/projects/" + project.id() + "/milestones")
                .param("kind", "DELIVERABLE").param("title[en]", "Report").param("dueOn", project.end().toString())).getStatus())
                .isEqualTo(302);
        assertThat(queries.milestones(project.id())).hasSize(1);
    }
}
