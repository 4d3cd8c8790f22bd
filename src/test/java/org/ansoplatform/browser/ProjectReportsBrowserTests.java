package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.projects.ReportManagement;
import org.ansoplatform.projects.ReportQueries;
import org.ansoplatform.projects.ReportSchedule;
import org.ansoplatform.projects.ReportView;
import org.ansoplatform.projects.TestProjectStore;
import org.ansoplatform.projects.TestProjectStore.TestProject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A principal investigator writes a progress report with a training linked to a meeting and a dataset by its
 * record reference, and submits it; the Secretariat sends it back once with comments, the investigator submits it
 * again, and the Secretariat accepts it. axe-core checks every page.
 */
class ProjectReportsBrowserTests extends BrowserTest {

    static final String PASSWORD = "a long enough passphrase";

    @Autowired
    AccountManagement accounts;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    ReportManagement reports;
    @Autowired
    ReportQueries queries;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theInvestigatorSubmitsAReportTheSecretariatSendsItBackOnceThenAcceptsIt() {
        String email = "pi-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        UUID piId = accounts.createActive(email, "Aigul Bekova", PASSWORD, Set.of());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TestProject project = new TestProjectStore(jdbc).create(today.minusMonths(10), today.plusMonths(26),
                ReportSchedule.ANNUAL, piId);
        reports.plan(project.id());
        ReportView report = queries.reports(project.id()).get(0);
        UUID course = meetings.create(TestMeetings.course("Glacier monitoring course", null, null, false, List.of()));
        UUID dataset = UUID.randomUUID();

        Page pi = person();
        signIn(pi, email, PASSWORD);
        pi.navigate(url("/projects/mine"));
        assertThat(pi.locator("h1")).hasText("My projects");
        pi.locator("tr[data-report='" + report.id() + "'] a").click();
        assertThat(pi.locator("section.report")).hasAttribute("data-status", "DUE");

        pi.locator("#narrative").fill("We installed three water stations in Naryn.");
        pi.locator("#indicator-stations").fill("3");
        pi.locator("select[name=expensePartner]").first().selectOption(project.lead().toString());
        pi.locator("input[name=expenseYear]").first().fill(String.valueOf(project.start().getYear()));
        pi.locator("select[name=expenseCategory]").first().selectOption("TRAVEL");
        pi.locator("input[name=expenseAmount]").first().fill("1250.50");
        pi.locator("form.report-form button.secondary").click();
        assertThat(pi.locator(".flash.success")).hasText("The report is saved.");

        pi.locator("details.add-output summary").click();
        pi.locator("#kind").selectOption("TRAINING");
        pi.locator("#meetingId").selectOption(course.toString());
        pi.locator("select[name=traineeCountry]").first().selectOption("KG");
        pi.locator("select[name=traineeGender]").first().selectOption("FEMALE");
        pi.locator("input[name=traineeCount]").first().fill("12");
        pi.locator("form.output-form button[type=submit]").click();
        assertThat(pi.locator("li.output[data-kind=TRAINING] a.linked")).hasText("Glacier monitoring course");

        pi.locator("details.add-output summary").click();
        pi.locator("#kind").selectOption("DATASET");
        pi.locator("#recordRef").fill("not a reference");
        pi.locator("form.output-form button[type=submit]").click();
        assertThat(pi.locator("#recordRef-error")).containsText("is not a record reference");
        pi.locator("#recordRef").fill("datasets:dataset:" + dataset);
        pi.locator("#title").fill("Naryn station records");
        pi.locator("form.output-form button[type=submit]").click();
        assertThat(pi.locator("li.output[data-kind=DATASET]")).containsText("Naryn station records");

        pi.locator("button.submit-report").click();
        assertThat(pi.locator("section.report")).hasAttribute("data-status", "SUBMITTED");

        Page secretariat = person();
        signIn(secretariat, "secretariat@example.org", DEMO_PASSWORD);
        String review = "/secretariat/projects/" + project.id() + "/reports/" + report.id();
        secretariat.navigate(url(review));
        assertThat(secretariat.locator("li.output[data-kind=TRAINING] a.linked")).hasText("Glacier monitoring course");
        assertThat(secretariat.locator(".report-expenses")).containsText("1250.50");
        secretariat.locator("form.return-form button").click();
        assertThat(secretariat.locator("#comment-error")).isVisible();
        secretariat.locator("#comment").fill("Please add the partner's expenditure.");
        secretariat.locator("form.return-form button").click();
        assertThat(secretariat.locator("section.report-review")).hasAttribute("data-status", "RETURNED");

        pi.reload();
        assertThat(pi.locator("section.report")).hasAttribute("data-status", "RETURNED");
        assertThat(pi.locator(".report-comment")).hasText("Please add the partner's expenditure.");
        pi.locator("select[name=expensePartner]").nth(1).selectOption(project.partner().toString());
        pi.locator("input[name=expenseYear]").nth(1).fill(String.valueOf(project.start().getYear()));
        pi.locator("select[name=expenseCategory]").nth(1).selectOption("EQUIPMENT");
        pi.locator("input[name=expenseAmount]").nth(1).fill("8000");
        pi.locator("button.submit-report").click();
        assertThat(pi.locator("section.report")).hasAttribute("data-status", "SUBMITTED");

        secretariat.navigate(url(review));
        assertThat(secretariat.locator(".report-expenses")).containsText("8000.00");
        secretariat.locator("form.accept-form button").click();
        assertThat(secretariat.locator("section.report-review")).hasAttribute("data-status", "ACCEPTED");
        assertThat(secretariat.locator("li[data-action]")).hasCount(4);
    }
}
