package org.ansoplatform.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.CooperationCall;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.calls.Track;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.review.ReviewOutcomesFixture;
import org.ansoplatform.calls.OfferAnswered;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.projects.money.MoneyView;
import org.ansoplatform.projects.money.ProjectMoney;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cooperation call's real path: a call with a budget envelope, proposals submitted through calls' intake in the
 * cooperation form's shapes (issue 18's contracts §1–§2), review outcomes, the selection run, the offers sent, and the
 * applicant accepting the award: exactly one project, granted what the selection granted.
 */
class ProjectAwardIntegrationTests extends IntegrationTest {

    @Autowired
    CallManagement calls;
    @Autowired
    ApplicationIntake applications;
    @Autowired
    AccountManagement accounts;
    @Autowired
    OrganizationManagement directory;
    @Autowired
    OrganizationQueries organizations;
    @Autowired
    ProjectQueries projects;
    @Autowired
    ProjectMoney money;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    SelectionRuleBook rules;
    @Autowired
    SelectionRunner runner;
    @Autowired
    OfferManagement offerManagement;

    @Test
    void acceptingTheAwardCreatesTheProjectOnceWithItsPartnersTeamBudgetAndMilestones() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition base = CooperationCall.call(now.minusDays(1), now.plusDays(10));
        CallDefinition call = new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(),
                base.description(), base.zone(), base.opens(), base.closes(), base.status(), base.refereeCount(),
                base.nominationQuota(), List.of(new Track("PROJECT", LocalizedText.of("Projects", "项目"), 5)), base.hosts(), base.form(),
                base.eligibility());
        UUID callId = calls.create(call);
        rules.saveRules(callId, """
                {"budget": {"envelope": {"amount": "50000", "currency": "USD"}, "amountField": "budgetTotal", "skipToFit": true}}""");

        String leadName = TestProjects.unique("National Academy of Sciences of the Kyrgyz Republic");
        UUID lead = TestProjects.organization(directory, leadName, "KG");
        UUID partner = TestProjects.organization(directory, TestProjects.unique("Kyrgyz State Technical University"), "KG");
        Someone applicant = Someone.register(accounts, "Aibek Water", "APPLICANT");
        Map<String, Object> answers = CooperationCall.answers(lead, partner, "12000");
        answers.put("title", "Distributed water purification stations for rural Kyrgyzstan");
        answers.put("acronym", "DWPS");
        answers.put("pi", CooperationCall.row("name", "Aibek Water", "email", applicant.email(), "orcid", "0000-0002-1825-0097"));
        answers.put("start", "2021-03-01");
        answers.put("months", "24");
        answers.put("sdgs", List.of("6", "3"));
        UUID applicationId = submit(callId, applicant, answers);
        // a second proposal the envelope cannot fund after the first: it gets no award and so no project
        Someone other = Someone.register(accounts, "Over Budget", "APPLICANT");
        Map<String, Object> large = CooperationCall.answers(lead, partner, "12000");
        large.put("budget", List.of(CooperationCall.row("year", "2021", "category", "EQUIPMENT", "amount", CooperationCall.money("45000", "USD"))));
        large.put("budgetTotal", CooperationCall.money("45000", "USD"));
        UUID overBudget = submit(callId, other, large);

        clock.advance(Duration.ofDays(11));
        new ReviewOutcomesFixture(jdbc).closedPanel(callId, Map.of(applicationId, new double[] {4.5, 4.5}, overBudget, new double[] {4, 4}));
        runner.run(callId);
        assertThat(offerManagement.send(callId, true)).isEqualTo(1);
        OfferView offer = offerManagement.ofApplication(applicationId).orElseThrow();
        assertThat(offer.granted()).isEqualTo(Money.of("12000", "USD"));
        assertThat(offerManagement.ofApplication(overBudget)).isEmpty();
        offerManagement.accept(offer.id(), applicant);

        ProjectView project = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> projects.byApplication(applicationId), java.util.Optional::isPresent).orElseThrow();

        assertThat(project.acronym()).isEqualTo("DWPS");
        assertThat(project.callId()).isEqualTo(callId);
        assertThat(project.programmeCode()).isEqualTo(call.programmeCode());
        assertThat(project.startDate()).isEqualTo("2021-03-01");
        assertThat(project.endDate()).isEqualTo("2023-02-28");
        assertThat(project.granted()).isEqualTo(Money.of("12000", "USD"));
        assertThat(project.status()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(project.sdgs()).containsExactly(3, 6);
        assertThat(projects.history(project.id())).singleElement()
                .satisfies(h -> assertThat(h.reason()).isEqualTo("Award accepted"));

        List<ProjectView.Partner> partners = projects.partners(project.id());
        assertThat(partners).extracting(ProjectView.Partner::role).containsExactly(PartnerRole.LEAD, PartnerRole.PARTNER,
                PartnerRole.ASSOCIATE);
        assertThat(partners.get(0).organizationId()).isEqualTo(lead);
        assertThat(partners.get(0).members()).singleElement().satisfies(pi -> {
            assertThat(pi.role()).isEqualTo(MemberRole.PRINCIPAL_INVESTIGATOR);
            assertThat(pi.personId()).isEqualTo(applicant.id());
            assertThat(pi.orcid()).isEqualTo("0000-0002-1825-0097");
        });
        // the institution the directory lacked was registered there first, as a partner
        assertThat(organizations.byId(partners.get(2).organizationId()).orElseThrow()).satisfies(o -> {
            assertThat(o.name()).isEqualTo("Naryn Village Water Board");
            assertThat(o.status()).isEqualTo(OrganizationStatus.PARTNER);
        });

        MoneyView view = money.view(project.id());
        assertThat(view.lines()).extracting(MoneyView.Line::year, MoneyView.Line::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2021, BudgetCategory.EQUIPMENT),
                org.assertj.core.groups.Tuple.tuple(2022, BudgetCategory.TRAINING));
        assertThat(view.budgeted()).isEqualTo(Money.of("12000", "USD"));
        assertThat(projects.byApplication(overBudget)).isEmpty();

        // a second delivery of the award changes nothing
        accept(applicationId, applicant);
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(jdbc.sql("select count(*) from projects.project where application_id = :id").param("id", applicationId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(projects.partners(project.id())).hasSize(3);
        assertThat(money.view(project.id()).budgeted()).isEqualTo(Money.of("12000", "USD"));
    }

    @Test
    void anInstitutionNamedAsLeadAndAsPartnerIsKeptOnceAndTheProjectIsStillCreated() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition base = CooperationCall.call(now.minusDays(1), now.plusDays(10));
        UUID callId = calls.create(new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(),
                base.description(), base.zone(), base.opens(), base.closes(), base.status(), base.refereeCount(),
                base.nominationQuota(), List.of(new Track("PROJECT", LocalizedText.of("Projects", "项目"), 5)), base.hosts(), base.form(),
                base.eligibility()));
        rules.saveRules(callId, """
                {"budget": {"envelope": {"amount": "50000", "currency": "USD"}, "amountField": "budgetTotal", "skipToFit": true}}""");
        UUID lead = TestProjects.organization(directory, TestProjects.unique("Xinjiang Institute of Ecology and Geography"), "CN");
        Someone applicant = Someone.register(accounts, "Twice Named", "APPLICANT");
        // the lead is also listed among the partners: the form allows it, a project holds an institution once
        Map<String, Object> answers = CooperationCall.answers(lead, lead, "12000");
        answers.put("start", "2021-03-01");
        answers.put("months", "24");
        UUID applicationId = submit(callId, applicant, answers);
        clock.advance(Duration.ofDays(11));
        new ReviewOutcomesFixture(jdbc).closedPanel(callId, Map.of(applicationId, new double[] {4.5, 4.5}));
        runner.run(callId);
        assertThat(offerManagement.send(callId, true)).isEqualTo(1);
        offerManagement.accept(offerManagement.ofApplication(applicationId).orElseThrow().id(), applicant);

        ProjectView project = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> projects.byApplication(applicationId), java.util.Optional::isPresent).orElseThrow();
        assertThat(projects.partners(project.id())).extracting(ProjectView.Partner::role)
                .containsExactly(PartnerRole.LEAD, PartnerRole.ASSOCIATE);
        assertThat(projects.partners(project.id()).get(0).members()).hasSize(1);
        assertThat(money.view(project.id()).budgeted()).isEqualTo(Money.of("12000", "USD"));
    }

    @Test
    void anAwardOfACallThatDoesNotFundProjectsCreatesNone() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("placement", now.minusDays(1), now.plusDays(10)));
        Someone applicant = Someone.register(accounts, "Scholar", "APPLICANT");
        UUID applicationId = CallTestDataAccess.submitted(applications, callId, applicant, "PK");
        accept(applicationId, applicant);
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(projects.byApplication(applicationId)).isEmpty();
    }

    private UUID submit(UUID callId, Someone applicant, Map<String, Object> answers) {
        answers.put("track", "PROJECT");
        UUID id = applications.start(callId, applicant);
        applications.saveDraft(id, answers, applicant);
        applications.submit(id, null, applicant);
        return id;
    }

    private void accept(UUID applicationId, Someone applicant) {
        transactions.executeWithoutResult(status -> events.publishEvent(new OfferAnswered(UUID.randomUUID(), applicationId,
                applicant.id(), "COOP-" + applicationId.toString().substring(0, 6), OfferAnswered.Outcome.ACCEPTED,
                LocalizedText.of("Cooperation call", "合作"), "/applications/" + applicationId, Actor.system(clock.instant()))));
    }
}
