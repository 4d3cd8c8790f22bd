package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CooperationCall;
import org.ansoplatform.calls.Track;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.projects.ProjectView;
import org.ansoplatform.projects.TestProjects;
import org.ansoplatform.review.ReviewOutcomesFixture;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18's path from the envelope to the project in the browser: the Secretariat runs the selection under the
 * envelope and sends the offers, the researcher accepts the award and the project exists. The proposals and their
 * review outcomes come from fixtures through the modules' APIs.
 */
class CooperationBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy cooperation passphrase";

    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired SelectionRuleBook rules;
    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement directory;
    @Autowired ProjectQueries projects;
    @Autowired JdbcClient jdbc;

    @Test
    void theSecretariatSelectsUnderTheEnvelopeAndTheResearcherAcceptsTheAwardThatCreatesTheProject() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition base = CooperationCall.call(now.minusDays(1), now.plusDays(10));
        UUID callId = calls.create(new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(),
                base.description(), base.zone(), base.opens(), base.closes(), base.status(), base.refereeCount(), base.nominationQuota(),
                List.of(new Track("PROJECT", LocalizedText.of("Projects", "项目"), 5)), base.hosts(), base.form(), base.eligibility()));
        rules.saveRules(callId, """
                {"budget": {"envelope": {"amount": "20000", "currency": "USD"}, "amountField": "budgetTotal", "skipToFit": true}}""");
        UUID lead = TestProjects.organization(directory, TestProjects.unique("Kyrgyz Academy"), "KG");
        UUID partner = TestProjects.organization(directory, TestProjects.unique("Xinjiang Institute"), "CN");
        Someone researcher = person("Aigul Sydykova", Role.APPLICANT);
        UUID funded = submit(callId, researcher, CooperationCall.answers(lead, partner, "12000"));
        Map<String, Object> large = CooperationCall.answers(lead, partner, "12000");
        large.put("budget", List.of(CooperationCall.row("year", "2021", "category", "EQUIPMENT", "amount", CooperationCall.money("15000", "USD"))));
        large.put("budgetTotal", CooperationCall.money("15000", "USD"));
        UUID overBudget = submit(callId, person("Bolot Over", Role.APPLICANT), large);
        clock.advance(Duration.ofDays(11));
        new ReviewOutcomesFixture(jdbc).closedPanel(callId, Map.of(funded, new double[] {4.5, 4.5}, overBudget, new double[] {4, 4}));

        Someone secretary = person("Secretariat Cooperation", Role.SECRETARIAT);
        Page secretariat = person();
        signIn(secretariat, secretary.email(), PASSWORD);
        secretariat.navigate(url("/secretariat/calls/" + callId + "/selection"));
        secretariat.locator("form[action$='/selection'] button").click();
        assertThat(secretariat.locator("main")).containsText("12,000.00 USD granted to 1 proposal");
        secretariat.locator("form.send-offers input[name=confirm]").check();
        secretariat.locator("form.send-offers button").click();
        assertThat(secretariat.locator("tr[data-status=OFFERED]")).hasCount(1);

        Page applicant = person();
        signIn(applicant, researcher.email(), PASSWORD);
        applicant.navigate(url("/applications/" + funded));
        assertThat(applicant.locator("#offer h2")).hasText("Your award");
        assertThat(applicant.locator("#offer .offer-award")).hasText("12,000.00 USD");
        applicant.locator("form.accept-offer button").click();
        assertThat(applicant.locator("main")).containsText("You accept the award of 12,000.00 USD");
        applicant.locator("form.confirm button").click();
        assertThat(applicant.locator(".offer-status")).hasAttribute("data-status", "ACCEPTED");

        ProjectView project = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> projects.byApplication(funded), java.util.Optional::isPresent).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(project.granted()).isEqualTo(Money.of("12000", "USD"));
        org.assertj.core.api.Assertions.assertThat(projects.byApplication(overBudget)).isEmpty();
    }

    private Someone person(String name, Role role) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        UUID id = accounts.createActive(email, name, PASSWORD, EnumSet.of(role));
        return new Someone(id, email, name, Set.of(role.name()));
    }

    private UUID submit(UUID callId, Someone applicant, Map<String, Object> answers) {
        answers.put("track", "PROJECT");
        UUID id = applications.start(callId, applicant);
        applications.saveDraft(id, answers, applicant);
        applications.submit(id, null, applicant);
        return id;
    }
}
