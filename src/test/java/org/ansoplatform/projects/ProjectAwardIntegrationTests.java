package org.ansoplatform.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
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
 * The cooperation call's path as far as this branch has it: a call that asks for {@code budgetTotal}, an application
 * submitted through calls' intake, its answers written in the cooperation form's shapes (issue 18's contracts §1–§2;
 * the form engine's GROUP, MONEY, ORGANIZATION and PERSON types are another branch's), then the award accepted.
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

    @Test
    void acceptingTheAwardCreatesTheProjectOnceWithItsPartnersTeamBudgetAndMilestones() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition base = CallTestDataAccess.call("coop", now.minusDays(1), now.plusDays(10));
        List<FormField> fields = new ArrayList<>(base.form().sections().get(0).fields());
        fields.add(new FormField("budgetTotal", FieldType.TEXT, LocalizedText.of("Budget", "预算"), null, false, null, null, null, null));
        CallDefinition call = new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(),
                base.description(), base.zone(), base.opens(), base.closes(), base.status(), base.refereeCount(),
                base.nominationQuota(), base.tracks(), base.hosts(),
                new ApplicationForm(List.of(new FormSection("about", LocalizedText.of("About", "关于"), fields))), base.eligibility());
        UUID callId = calls.create(call);
        Someone applicant = Someone.register(accounts, "Aibek Water", "APPLICANT");
        UUID applicationId = CallTestDataAccess.submitted(applications, callId, applicant, "KG");

        String leadName = TestProjects.unique("National Academy of Sciences of the Kyrgyz Republic");
        UUID lead = TestProjects.organization(directory, leadName, "KG");
        String missing = TestProjects.unique("Issyk-Kul water cooperative");
        Map<String, Object> answers = Map.ofEntries(
                Map.entry("title", "Distributed water purification stations for rural Kyrgyzstan"),
                Map.entry("acronym", "DWPS"),
                Map.entry("abstract", "Stations in 11 villages."),
                Map.entry("pi", Map.of("name", "Aibek Water", "email", applicant.email(), "orcid", "0000-0002-1825-0097")),
                Map.entry("lead", Map.of("organizationId", lead.toString(), "name", leadName, "country", "KG")),
                Map.entry("partners", List.of(Map.of("organization", Map.of("name", missing, "country", "KG"), "role", "ASSOCIATE"))),
                Map.entry("milestones", List.of(Map.of("workPackage", "WP1", "title", "First station running", "kind", "MILESTONE",
                        "due", "2021-09-30"))),
                Map.entry("start", "2021-03-01"),
                Map.entry("months", 24),
                Map.entry("budget", List.of(
                        Map.of("year", 2021, "category", "EQUIPMENT", "amount", Map.of("amount", "30000.00", "currency", "USD")),
                        Map.of("year", 2022, "category", "TRAINING", "amount", Map.of("amount", "10000.00", "currency", "USD")))),
                Map.entry("budgetTotal", Map.of("amount", "40000.00", "currency", "USD")),
                Map.entry("sdgs", List.of("6", "3")));
        jdbc.sql("update calls.application set answers = cast(:answers as jsonb) where id = :id")
                .param("answers", json.writeValueAsString(answers)).param("id", applicationId).update();

        accept(applicationId, applicant);
        ProjectView project = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> projects.byApplication(applicationId), java.util.Optional::isPresent).orElseThrow();

        assertThat(project.acronym()).isEqualTo("DWPS");
        assertThat(project.callId()).isEqualTo(callId);
        assertThat(project.programmeCode()).isEqualTo(call.programmeCode());
        assertThat(project.startDate()).isEqualTo("2021-03-01");
        assertThat(project.endDate()).isEqualTo("2023-02-28");
        assertThat(project.granted()).isEqualTo(Money.of("40000", "USD"));
        assertThat(project.status()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(project.sdgs()).containsExactly(3, 6);
        assertThat(projects.history(project.id())).singleElement()
                .satisfies(h -> assertThat(h.reason()).isEqualTo("Award accepted"));

        List<ProjectView.Partner> partners = projects.partners(project.id());
        assertThat(partners).extracting(ProjectView.Partner::role).containsExactly(PartnerRole.LEAD, PartnerRole.ASSOCIATE);
        assertThat(partners.get(0).organizationId()).isEqualTo(lead);
        assertThat(partners.get(0).members()).singleElement().satisfies(pi -> {
            assertThat(pi.role()).isEqualTo(MemberRole.PRINCIPAL_INVESTIGATOR);
            assertThat(pi.personId()).isEqualTo(applicant.id());
            assertThat(pi.orcid()).isEqualTo("0000-0002-1825-0097");
        });
        // the institution the directory lacked was registered there first, as a partner
        assertThat(organizations.byId(partners.get(1).organizationId()).orElseThrow()).satisfies(o -> {
            assertThat(o.name()).isEqualTo(missing);
            assertThat(o.status()).isEqualTo(OrganizationStatus.PARTNER);
        });

        MoneyView view = money.view(project.id());
        assertThat(view.lines()).extracting(MoneyView.Line::year, MoneyView.Line::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2021, BudgetCategory.EQUIPMENT),
                org.assertj.core.groups.Tuple.tuple(2022, BudgetCategory.TRAINING));
        assertThat(view.budgeted()).isEqualTo(Money.of("40000", "USD"));
        assertThat(jdbc.sql("select count(*) from projects.milestone where project_id = :id").param("id", project.id())
                .query(Long.class).single()).isEqualTo(1);

        // a second delivery of the award changes nothing
        accept(applicationId, applicant);
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(jdbc.sql("select count(*) from projects.project where application_id = :id").param("id", applicationId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(projects.partners(project.id())).hasSize(2);
        assertThat(money.view(project.id()).budgeted()).isEqualTo(Money.of("40000", "USD"));
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

    private void accept(UUID applicationId, Someone applicant) {
        transactions.executeWithoutResult(status -> events.publishEvent(new OfferAnswered(UUID.randomUUID(), applicationId,
                applicant.id(), "COOP-" + applicationId.toString().substring(0, 6), OfferAnswered.Outcome.ACCEPTED,
                LocalizedText.of("Cooperation call", "合作"), "/applications/" + applicationId, Actor.system(clock.instant()))));
    }
}
