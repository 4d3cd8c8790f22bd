package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CooperationCall;
import org.ansoplatform.calls.Track;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.projects.ProjectView;
import org.ansoplatform.projects.TestProjects;
import org.ansoplatform.review.ReviewStatus;
import org.ansoplatform.review.ReviewView;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18 from the call to the public page, in one run and in the browser wherever a person acts: a researcher
 * fills the cooperation proposal (the lead and a partner found in the directory, a second partner the directory
 * lacks, two budget lines and their total) and submits it; a reviewer reviews it; the Secretariat assigns, closes
 * reviewing, selects under the envelope (a larger proposal does not fit) and sends the offer; the researcher accepts
 * the award and the project exists; as its principal investigator they report a training linked to a meeting and a
 * dataset by its record reference; the Secretariat sends the report back once and then accepts it; a visitor reads
 * the project's page with the outputs and the map. Only the second proposal and the other reviews come through the
 * modules' APIs. axe-core checks every page.
 */
class CooperationJourneyBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy cooperation passphrase";

    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired SelectionRuleBook rules;
    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement directory;
    @Autowired ReviewerPool reviewers;
    @Autowired PanelSetup panels;
    @Autowired ReviewDesk reviews;
    @Autowired MeetingManagement meetings;
    @Autowired ProjectQueries projects;
    @Autowired JdbcClient jdbc;

    @Test
    void aProposalBecomesAProjectWhoseReviewedReportShowsItsOutputsOnThePublicPage() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition base = CooperationCall.call(now.minusDays(1), now.plusDays(10));
        UUID callId = calls.create(new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(),
                base.description(), base.zone(), base.opens(), base.closes(), base.status(), base.refereeCount(), base.nominationQuota(),
                List.of(new Track("PROJECT", LocalizedText.of("Projects", "项目"), 5)), base.hosts(), base.form(), base.eligibility()));
        rules.saveRules(callId, """
                {"budget": {"envelope": {"amount": "20000", "currency": "USD"}, "amountField": "budgetTotal", "skipToFit": true}}""");
        String marker = UUID.randomUUID().toString().substring(0, 6);
        UUID lead = TestProjects.organization(directory, "Kyrgyz Academy of Sciences " + marker, "KG");
        UUID partner = TestProjects.organization(directory, "Xinjiang Institute of Ecology " + marker, "CN");
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(10);

        // the researcher fills the proposal in the browser
        Someone researcher = person("Aigul Sydykova", Role.APPLICANT);
        Page applicant = person();
        signIn(applicant, researcher.email(), PASSWORD);
        applicant.navigate(url("/calls/" + callId));
        applicant.getByText("Start an application").click();
        applicant.waitForURL(address -> address.contains("/applications/"));
        UUID funded = UUID.fromString(applicant.url().replaceFirst(".*/applications/([0-9a-f-]{36}).*", "$1"));
        applicant.locator("#q-title").fill("Water purification stations for rural Kyrgyzstan");
        applicant.locator("#q-acronym").fill("DWPS-" + marker);
        applicant.locator("#q-abstract").fill("Distributed stations and trained operators.");
        select(applicant, "#q-discipline", "1.5");
        applicant.locator("#q-pi").fill("Aigul Sydykova");
        applicant.locator("[id='q-pi.orcid']").fill("0000-0002-1825-0097");
        choose(applicant, "lead", "Academy of Sciences " + marker, lead);
        choose(applicant, "partners[0].organization", "Institute of Ecology " + marker, partner);
        select(applicant, "[id='q-partners0.role']", "PARTNER");
        applicant.locator("button[name=addRow][value=partners]").click();
        assertThat(applicant.locator("#q-partners [data-row='1']")).isVisible();
        applicant.locator("[id='q-partners1.organization.name']").fill("Naryn Village Water Board " + marker);
        select(applicant, "[id='q-partners1.organization.country']", "KG");
        select(applicant, "[id='q-partners1.role']", "ASSOCIATE");
        type(applicant, "#q-start", start.toString());
        type(applicant, "#q-months", "36");
        budgetLine(applicant, 0, start.getYear(), "EQUIPMENT", "7000");
        applicant.locator("button[name=addRow][value=budget]").click();
        assertThat(applicant.locator("#q-budget [data-row='1']")).isVisible();
        budgetLine(applicant, 1, start.getYear() + 1, "TRAINING", "5000");
        applicant.locator("#q-budgetTotal").fill("12000");
        select(applicant, "[id='q-budgetTotal.currency']", "USD");
        assertThat(applicant.locator("#save-status")).containsText("Saved at");
        assertThat(applicant.locator("[id='q-budget1.year']")).hasValue(String.valueOf(start.getYear() + 1));
        applicant.reload();
        assertThat(applicant.locator("[id='q-budget1.year']")).hasValue(String.valueOf(start.getYear() + 1));
        applicant.getByText("Submit the application").click();
        applicant.locator("form.confirm button").click();
        assertThat(applicant.locator(".badge.standing")).hasAttribute("data-standing", "SUBMITTED");
        assertThat(applicant.locator("[data-answer='partners'] table.answer-rows tbody tr")).hasCount(2);
        assertThat(applicant.locator("[data-answer='partners']")).containsText("— not in the directory yet");
        assertThat(applicant.locator("[data-answer='budgetTotal']")).containsText("12,000.00 USD");

        // a second proposal, larger than what the envelope leaves once the first is funded
        Map<String, Object> large = CooperationCall.answers(lead, partner, "15000");
        large.put("budget", List.of(CooperationCall.row("year", String.valueOf(start.getYear()), "category", "EQUIPMENT",
                "amount", CooperationCall.money("15000", "USD"))));
        large.put("discipline", "1.5");
        large.put("track", "PROJECT");
        Someone other = person("Bolot Over", Role.APPLICANT);
        UUID overBudget = applications.start(callId, other);
        applications.saveDraft(overBudget, large, other);
        applications.submit(overBudget, null, other);

        // a panel of two reviewers of the proposals' discipline
        Someone rhea = person("Rhea Okafor", Role.REVIEWER);
        Someone ravi = person("Ravi Sharma", Role.REVIEWER);
        UUID rheaId = reviewers.add(new ReviewerPool.ReviewerCommand(rhea.email(), rhea.displayName(), "University of Ibadan", "NG",
                List.of("en"), List.of("1.5"), 10));
        UUID raviId = reviewers.add(new ReviewerPool.ReviewerCommand(ravi.email(), ravi.displayName(), "Quaid-i-Azam University", "PK",
                List.of("en"), List.of("1.5"), 10));
        UUID panel = panels.open("call", callId);
        panels.configure(panel, new PanelSetup.Settings(2, 0, 5, 0.01, false, false, List.of(), List.of(),
                now.plusDays(5).withNano(0), "Asia/Shanghai"));
        panels.loadSubjects(panel);
        panels.invite(panel, List.of(rheaId, raviId));
        panels.answer(rhea.id(), panel, true);
        panels.answer(ravi.id(), panel, true);

        Someone secretary = person("Secretariat Cooperation", Role.SECRETARIAT);
        Page secretariat = person();
        signIn(secretariat, secretary.email(), PASSWORD);
        secretariat.navigate(url("/secretariat/review/panels/" + panel));
        secretariat.locator("form[action$='/assignment'] button").click();
        secretariat.locator("form[action$='/reviewing'] button").click();
        assertThat(secretariat.locator("p.panel-status")).hasAttribute("data-status", "REVIEWING");

        // the reviewer reviews the researcher's proposal in the browser, by its reference only
        String reference = jdbc.sql("select reference from calls.application where id = ?").param(funded).query(String.class).single();
        Page reviewer = person();
        signIn(reviewer, rhea.email(), PASSWORD);
        reviewer.navigate(url("/reviewer/reviews"));
        reviewer.locator("tr[data-review]", new Page.LocatorOptions().setHasText(reference)).locator("a").first().click();
        assertThat(reviewer.locator("main")).containsText("Water purification stations for rural Kyrgyzstan");
        for (Locator score : reviewer.locator("#rubric-form input[type=number]").all()) {
            score.fill("9");
        }
        for (Locator comment : reviewer.locator("#rubric-form textarea").all()) {
            comment.fill("Stations that villages can run themselves; a sound plan for training operators.");
        }
        // waits for the submission's own answer (a loaded CI machine can take longer than an assertion's 5 s), and says
        // what the page refused if it did
        Response submitted = reviewer.waitForResponse(response -> response.url().endsWith("/submit"),
                () -> reviewer.locator("#rubric-form button[formaction$='/submit']").click());
        org.assertj.core.api.Assertions.assertThat(submitted.status()).as(() -> reviewer.locator("main").innerText()).isEqualTo(302);
        assertThat(reviewer.locator("section.reviewing-review")).hasAttribute("data-status", "SUBMITTED",
                new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
        for (ReviewView review : reviews.mine(rhea)) {
            if (review.status() != ReviewStatus.SUBMITTED) {
                submit(review, 6, rhea);
            }
        }
        for (ReviewView review : reviews.mine(ravi)) {
            submit(review, review.subjectLabel().equals(reference) ? 8 : 7, ravi);
        }

        // the call has closed; the Secretariat closes reviewing, selects under the envelope and sends the offer
        clock.advance(Duration.ofDays(11));
        secretariat = person();
        signIn(secretariat, secretary.email(), PASSWORD);
        secretariat.navigate(url("/secretariat/review/panels/" + panel + "/reviews"));
        secretariat.locator("form.close input[name=confirm]").check();
        secretariat.locator("form.close button").click();
        assertThat(secretariat.locator("section.reviewing-progress")).hasAttribute("data-status", "CLOSED");
        secretariat.navigate(url("/secretariat/calls/" + callId + "/selection"));
        secretariat.locator("form[action$='/selection'] button").click();
        assertThat(secretariat.locator("main")).containsText("12,000.00 USD granted to 1 proposal");
        secretariat.locator("form.send-offers input[name=confirm]").check();
        secretariat.locator("form.send-offers button").click();
        assertThat(secretariat.locator("tr[data-status=OFFERED]")).hasCount(1);
        assertThat(secretariat.locator("tr[data-status=OFFERED]")).hasAttribute("data-reference", reference);
        assertThat(secretariat.locator("tr[data-status=OFFERED] td.offer-host")).hasText("12,000.00 USD");

        // the researcher accepts the award, which creates the project
        signIn(applicant, researcher.email(), PASSWORD);
        applicant.navigate(url("/applications/" + funded));
        assertThat(applicant.locator("#offer .offer-award")).hasText("12,000.00 USD");
        assertThat(applicant.locator(".outcome-headline")).hasText("You are offered an award of 12,000.00 USD for your proposal in the Projects track.");
        applicant.locator("form.accept-offer button").click();
        assertThat(applicant.locator("main")).containsText("You accept the award of 12,000.00 USD");
        applicant.locator("form.confirm button").click();
        assertThat(applicant.locator(".offer-status")).hasAttribute("data-status", "ACCEPTED");
        ProjectView project = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> projects.byApplication(funded), Optional::isPresent).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(project.granted()).isEqualTo(Money.of("12000", "USD"));
        org.assertj.core.api.Assertions.assertThat(projects.byApplication(overBudget)).isEmpty();

        // the Secretariat plans the project's reports; the investigator writes the first one
        secretariat.navigate(url("/secretariat/projects/" + project.id() + "/reports"));
        secretariat.locator("form[action$='/reports/plan'] button").click();
        UUID course = meetings.create(TestMeetings.course("Operators' course " + marker, null, null, false, List.of()));
        applicant.navigate(url("/projects/mine"));
        applicant.locator("tr[data-report] a").first().click();
        assertThat(applicant.locator("section.report")).hasAttribute("data-status", "DUE");
        applicant.locator("#narrative").fill("We installed three water stations in Naryn.");
        applicant.locator("select[name=expensePartner]").first().selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Kyrgyz Academy of Sciences " + marker));
        applicant.locator("input[name=expenseYear]").first().fill(String.valueOf(start.getYear()));
        applicant.locator("select[name=expenseCategory]").first().selectOption("EQUIPMENT");
        applicant.locator("input[name=expenseAmount]").first().fill("6250.50");
        applicant.locator("form.report-form button.secondary").click();
        assertThat(applicant.locator(".flash.success")).hasText("The report is saved.");

        applicant.locator("details.add-output summary").click();
        applicant.locator("#kind").selectOption("TRAINING");
        applicant.locator("#meetingId").selectOption(course.toString());
        applicant.locator("select[name=traineeCountry]").first().selectOption("KG");
        applicant.locator("select[name=traineeGender]").first().selectOption("FEMALE");
        applicant.locator("input[name=traineeCount]").first().fill("12");
        applicant.locator("form.output-form input[name=published][type=checkbox]").check();
        applicant.locator("form.output-form button[type=submit]").click();
        assertThat(applicant.locator("li.output[data-kind=TRAINING] a.linked")).hasText("Operators' course " + marker);

        applicant.locator("details.add-output summary").click();
        applicant.locator("#kind").selectOption("DATASET");
        applicant.locator("#recordRef").fill("not a reference");
        applicant.locator("form.output-form button[type=submit]").click();
        assertThat(applicant.locator("#recordRef-error")).containsText("is not a record reference");
        applicant.locator("#recordRef").fill("datasets:dataset:" + UUID.randomUUID());
        applicant.locator("#title").fill("Naryn station records " + marker);
        applicant.locator("form.output-form input[name=published][type=checkbox]").check();
        applicant.locator("form.output-form button[type=submit]").click();
        assertThat(applicant.locator("li.output[data-kind=DATASET]")).containsText("Naryn station records " + marker);
        applicant.locator("button.submit-report").click();
        assertThat(applicant.locator("section.report")).hasAttribute("data-status", "SUBMITTED");

        // the Secretariat sends it back once with a comment, then accepts it
        secretariat.navigate(url("/secretariat/projects/" + project.id() + "/reports"));
        secretariat.locator("table.reports tr[data-status=SUBMITTED] a").click();
        String review = secretariat.url();
        assertThat(secretariat.locator("li.output[data-kind=TRAINING] a.linked")).hasText("Operators' course " + marker);
        secretariat.locator("form.return-form button").click();
        assertThat(secretariat.locator("#comment-error")).isVisible();
        secretariat.locator("#comment").fill("Please add the partner's expenditure.");
        secretariat.locator("form.return-form button").click();
        assertThat(secretariat.locator("section.report-review")).hasAttribute("data-status", "RETURNED");

        applicant.reload();
        assertThat(applicant.locator("section.report")).hasAttribute("data-status", "RETURNED");
        assertThat(applicant.locator(".report-comment")).hasText("Please add the partner's expenditure.");
        applicant.locator("select[name=expensePartner]").nth(1).selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Xinjiang Institute of Ecology " + marker));
        applicant.locator("input[name=expenseYear]").nth(1).fill(String.valueOf(start.getYear()));
        applicant.locator("select[name=expenseCategory]").nth(1).selectOption("TRAVEL");
        applicant.locator("input[name=expenseAmount]").nth(1).fill("800");
        applicant.locator("button.submit-report").click();
        assertThat(applicant.locator("section.report")).hasAttribute("data-status", "SUBMITTED");

        secretariat.navigate(review);
        assertThat(secretariat.locator(".report-expenses")).containsText("800.00");
        secretariat.locator("form.accept-form button").click();
        assertThat(secretariat.locator("section.report-review")).hasAttribute("data-status", "ACCEPTED");

        // a visitor reads the project's page: the partners, the outputs and the map
        Page visitor = person();
        visitor.navigate(url("/projects/" + project.id()));
        assertThat(visitor.locator("h1")).hasText("Water purification stations for rural Kyrgyzstan");
        assertThat(visitor.locator("ul.outputs")).containsText("Operators' course " + marker);
        assertThat(visitor.locator("ul.outputs")).containsText("Naryn station records " + marker);
        assertThat(visitor.locator("svg.project-map[role=img] path.partner[data-country=KG]")).hasCount(1);
        assertThat(visitor.locator("svg.project-map path.partner[data-country=CN]")).hasCount(1);
        assertThat(visitor.locator(".partner-countries")).containsText("Kyrgyzstan");
        assertThat(visitor.locator(".partner-countries")).containsText("China");
        assertThat(visitor.locator("main")).containsText("Naryn Village Water Board " + marker);
    }

    /** Searches the directory from the organization at {@code path} and chooses the match. */
    private void choose(Page page, String path, String text, UUID organization) {
        String id = "q-" + path.replace("[", "").replace("]", "");
        page.locator("[id='" + id + ".q']").fill(text);
        page.locator("button[name=find][value='" + path + "']").click();
        assertThat(page.locator("[id='" + id + "'] option[value='" + organization + "']")).hasCount(1);
        // the search swapped the whole form in: until htmx has settled it, a change may reach the old form, whose
        // autosave never leaves (a verify run timed out waiting for it)
        assertThat(page.locator("form#answers.htmx-swapping, form#answers.htmx-settling, .htmx-request")).hasCount(0);
        select(page, "[id='" + id + "']", organization.toString());
    }

    /**
     * Does what changes an answer and waits for the autosave that carries it, as a person's pace does before the next
     * button: not for any save, since one started before the change (the typing's delayed save) may answer first and
     * leave this one in flight when the page is reloaded or submitted.
     */
    private void select(Page page, String selector, String value) {
        if (value.equals(page.locator(selector).inputValue())) {
            // already chosen (the directory's only match can come back selected): selecting it again changes nothing and
            // no save would come to wait for; the next save posts the whole form, this answer with it
            return;
        }
        saved(page, page.locator(selector), value, () -> page.locator(selector).selectOption(value));
    }

    private void type(Page page, String selector, String value) {
        saved(page, page.locator(selector), value, () -> page.locator(selector).fill(value));
    }

    private void saved(Page page, Locator field, String value, Runnable change) {
        String pair = "&" + URLEncoder.encode(field.getAttribute("name"), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8);
        page.waitForResponse(response -> response.url().endsWith("/draft")
                && ("&" + java.util.Objects.requireNonNullElse(response.request().postData(), "")).contains(pair), change);
    }

    private void budgetLine(Page page, int row, int year, String category, String amount) {
        page.locator("[id='q-budget" + row + ".year']").fill(String.valueOf(year));
        select(page, "[id='q-budget" + row + ".category']", category);
        page.locator("[id='q-budget" + row + ".amount']").fill(amount);
        select(page, "[id='q-budget" + row + ".amount.currency']", "USD");
    }

    private void submit(ReviewView review, double score, Someone reviewer) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (String criterion : List.of("excellence", "proposal", "potential", "fit")) {
            scores.put(criterion, score);
            comments.put(criterion, "Scored " + score + ".");
        }
        reviews.submit(review.id(), scores, comments, reviewer);
    }

    private Someone person(String name, Role role) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        UUID id = accounts.createActive(email, name, PASSWORD, EnumSet.of(role));
        return new Someone(id, email, name, Set.of(role.name()));
    }
}
