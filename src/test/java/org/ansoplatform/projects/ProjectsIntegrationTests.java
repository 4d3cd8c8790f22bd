package org.ansoplatform.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.activitylog.ActivityQueries;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.projects.core.ProjectTeams;
import org.ansoplatform.projects.money.MoneyView;
import org.ansoplatform.projects.money.ProjectMoney;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectsIntegrationTests extends IntegrationTest {

    @Autowired
    ProjectManagement management;
    @Autowired
    ProjectQueries queries;
    @Autowired
    ProjectTeams teams;
    @Autowired
    ProjectMoney money;
    @Autowired
    OrganizationManagement directory;
    @Autowired
    AccountManagement accounts;

    private static void refusedWith(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                assertThat(refusal.violations()).anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.messageKey()).isEqualTo(key);
                }));
    }

    @Test
    void aProjectEnteredDirectlyKeepsItsTextsInEveryLanguageAndItsFirstStatusWithTheReason() {
        String code = TestProjects.unique("CP");
        UUID id = management.create(TestProjects.project(code));
        ProjectView project = queries.byId(id).orElseThrow();
        assertThat(project.title().get("ru")).startsWith("Станции");
        assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(project.granted()).isEqualTo(Money.of("100000", "USD"));
        assertThat(project.sdgs()).containsExactly(3, 6);
        assertThat(queries.history(id)).singleElement().satisfies(h -> {
            assertThat(h.from()).isNull();
            assertThat(h.to()).isEqualTo(ProjectStatus.ACTIVE);
            assertThat(h.reason()).isEqualTo(ProjectManagement.ENTERED);
        });
        refusedWith(() -> management.create(TestProjects.project(code)), "code", "projects.project.error.codeTaken");
        ProjectCommand noTitle = new ProjectCommand(TestProjects.unique("CP"), "X", new LocalizedText(null), null,
                LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1), "P", new BigDecimal("1"), "ZZZ", null, List.of(18), null,
                null, true, false);
        assertThatThrownBy(() -> management.create(noTitle)).isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                assertThat(refusal.violations()).extracting(InvalidInputException.Violation::messageKey).contains(
                        "validation.required", "projects.project.error.datesOrder", "projects.money.error.currency",
                        "projects.project.error.sdg"));
    }

    @Test
    void aStatusChangeWithoutAReasonOrAgainstTheLifecycleIsRefusedAndChangesNothing() {
        UUID id = management.create(TestProjects.project(TestProjects.unique("CP")));
        refusedWith(() -> management.changeStatus(id, ProjectStatus.EXTENDED, "  "), "reason",
                "projects.project.error.reasonRequired");
        refusedWith(() -> management.changeStatus(id, ProjectStatus.AWARDED, "back"), "status",
                "projects.project.error.transition");
        refusedWith(() -> management.changeStatus(id, ProjectStatus.ACTIVE, "again"), "status",
                "projects.project.error.sameStatus");
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(queries.history(id)).hasSize(1);

        java.time.LocalDate end = queries.byId(id).orElseThrow().endDate();
        refusedWith(() -> management.changeStatus(id, ProjectStatus.EXTENDED, "Board decision", (java.time.LocalDate) null), "newEnd",
                "projects.project.error.newEndRequired");
        refusedWith(() -> management.changeStatus(id, ProjectStatus.EXTENDED, "Board decision", end), "newEnd",
                "projects.project.error.newEndNotLater");
        refusedWith(() -> management.changeStatus(id, ProjectStatus.COMPLETED, "Done", end.plusMonths(6)), "newEnd",
                "projects.project.error.newEndOnlyWhenExtended");
        assertThat(queries.byId(id).orElseThrow().endDate()).isEqualTo(end);
        assertThat(queries.history(id)).hasSize(1);

        management.changeStatus(id, ProjectStatus.EXTENDED, "Board decision 2023-4: six more months", end.plusMonths(6));
        assertThat(queries.byId(id).orElseThrow().endDate()).isEqualTo(end.plusMonths(6));
        management.changeStatus(id, ProjectStatus.COMPLETED, "Final report accepted");
        refusedWith(() -> management.changeStatus(id, ProjectStatus.TERMINATED, "too late"), "status",
                "projects.project.error.transition");
        assertThat(queries.history(id)).extracting(ProjectView.StatusChange::to)
                .containsExactly(ProjectStatus.ACTIVE, ProjectStatus.EXTENDED, ProjectStatus.COMPLETED);
        assertThat(queries.history(id).get(1).reason()).isEqualTo("Board decision 2023-4: six more months");
        assertThat(queries.history(id).get(1).actorName()).isEqualTo("system");
    }

    @Test
    void budgetLinesNeverPassTheGrantedAmountAndStayWithinTheProjectsYears() {
        UUID id = management.create(TestProjects.project(TestProjects.unique("CP")));
        money.setBudgetLine(id, 2021, BudgetCategory.EQUIPMENT, new BigDecimal("60000"));
        money.setBudgetLine(id, 2022, BudgetCategory.TRAVEL, new BigDecimal("30000"));
        refusedWith(() -> money.setBudgetLine(id, 2023, BudgetCategory.TRAINING, new BigDecimal("10000.01")), "amount",
                "projects.money.error.overGranted");
        refusedWith(() -> money.setBudgetLine(id, 2024, BudgetCategory.TRAINING, new BigDecimal("1")), "year",
                "projects.money.error.yearOutside");
        refusedWith(() -> money.setBudgetLine(id, 2021, BudgetCategory.TRAINING, new BigDecimal("1.001")), "amount",
                "projects.money.error.decimals");
        MoneyView view = money.view(id);
        assertThat(view.budgeted()).isEqualTo(Money.of("90000", "USD"));
        assertThat(view.lines()).hasSize(2);
        // replacing a line counts its new amount only
        money.setBudgetLine(id, 2022, BudgetCategory.TRAVEL, new BigDecimal("40000"));
        assertThat(money.view(id).unplanned()).isEqualTo(Money.of("0", "USD"));

        // the project's details may not undercut its money
        ProjectCommand smaller = withAmount(TestProjects.project(TestProjects.unique("CP")), "99999");
        refusedWith(() -> management.update(id, smaller), "grantedAmount", "projects.money.error.grantedBelowBudget");
        assertThat(queries.byId(id).orElseThrow().granted()).isEqualTo(Money.of("100000", "USD"));
    }

    @Test
    void expenditureIsReportedPerPartnerCorrectedByNegativeLinesAndComparedWithTheBudget() {
        UUID id = management.create(TestProjects.project(TestProjects.unique("CP")));
        UUID organization = TestProjects.organization(directory, TestProjects.unique("Kyrgyz water institute"), "KG");
        UUID partner = teams.addPartner(id, new ProjectTeams.PartnerCommand(organization, null, PartnerRole.LEAD));
        money.setBudgetLine(id, 2021, BudgetCategory.EQUIPMENT, new BigDecimal("50000"));
        money.addTranche(id, LocalDate.of(2021, 2, 1), new BigDecimal("40000"), "TR-1", null);
        money.addExpenditure(id, partner, 2021, BudgetCategory.EQUIPMENT, new BigDecimal("20000"), "Pumps");
        money.addExpenditure(id, partner, 2021, BudgetCategory.EQUIPMENT, new BigDecimal("-500"), "Refund");
        money.addExpenditure(id, partner, 2021, BudgetCategory.TRAVEL, new BigDecimal("1200"), "Site visit");
        refusedWith(() -> money.addExpenditure(id, partner, 2021, BudgetCategory.TRAVEL, new BigDecimal("-1200.01"), null),
                "amount", "projects.money.error.correctionBelowZero");
        refusedWith(() -> money.addTranche(id, LocalDate.of(2021, 3, 1), new BigDecimal("60000.01"), null, null), "amount",
                "projects.money.error.paidOverGranted");
        refusedWith(() -> money.addExpenditure(id, UUID.randomUUID(), 2021, BudgetCategory.TRAVEL, BigDecimal.TEN, null),
                "partnerId", "projects.project.error.partner");

        MoneyView view = money.view(id);
        assertThat(view.lines()).extracting(MoneyView.Line::category, l -> l.variance().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BudgetCategory.EQUIPMENT, "30500.00 USD"),
                        org.assertj.core.groups.Tuple.tuple(BudgetCategory.TRAVEL, "-1200.00 USD"));
        assertThat(view.spent()).isEqualTo(Money.of("20700", "USD"));
        assertThat(view.paid()).isEqualTo(Money.of("40000", "USD"));
        assertThat(view.expenditures()).hasSize(3);
        assertThat(view.byPartner()).singleElement().satisfies(p -> assertThat(p.spent()).isEqualTo(Money.of("20700", "USD")));
        // a partner with expenditure stays, so its lines keep their partner
        refusedWith(() -> teams.removePartner(id, partner), "partner", "projects.project.error.partnerHasExpenditure");
    }

    @Test
    void partnersComeOnlyFromTheDirectoryWithOneLeadAndTeamsHaveOnePrincipalInvestigator() {
        UUID id = management.create(TestProjects.project(TestProjects.unique("CP")));
        String name = TestProjects.unique("Institute of pests");
        refusedWith(() -> teams.addPartner(id, new ProjectTeams.PartnerCommand(null, name, PartnerRole.PARTNER)),
                "organization", "projects.project.error.notInDirectory");
        assertThat(queries.partners(id)).isEmpty();

        TestProjects.organization(directory, name, "UZ");
        UUID lead = teams.addPartner(id, new ProjectTeams.PartnerCommand(null, name, PartnerRole.LEAD));
        UUID other = TestProjects.organization(directory, TestProjects.unique("Mongolian academy"), "MN");
        refusedWith(() -> teams.addPartner(id, new ProjectTeams.PartnerCommand(other, null, PartnerRole.LEAD)), "role",
                "projects.project.error.oneLead");
        refusedWith(() -> teams.addPartner(id, new ProjectTeams.PartnerCommand(null, name, PartnerRole.PARTNER)),
                "organization", "projects.project.error.partnerTwice");
        teams.addPartner(id, new ProjectTeams.PartnerCommand(other, null, PartnerRole.ASSOCIATE));

        Someone person = Someone.register(accounts, "Dilnoza", "APPLICANT");
        teams.addMember(id, new ProjectTeams.MemberCommand(lead, "Dilnoza", person.email().toUpperCase(), "0000000218250097",
                MemberRole.PRINCIPAL_INVESTIGATOR, null));
        refusedWith(() -> teams.addMember(id, new ProjectTeams.MemberCommand(lead, "Second", null, null,
                MemberRole.PRINCIPAL_INVESTIGATOR, null)), "role", "projects.project.error.onePi");
        refusedWith(() -> teams.addMember(id, new ProjectTeams.MemberCommand(lead, "Bad", null, "0000-0002-1825-0098",
                MemberRole.RESEARCHER, null)), "orcid", "projects.project.error.orcid");

        List<ProjectView.Partner> partners = queries.partners(id);
        assertThat(partners).extracting(ProjectView.Partner::role).containsExactly(PartnerRole.LEAD, PartnerRole.ASSOCIATE);
        assertThat(partners.get(0).country()).isEqualTo("UZ");
        assertThat(partners.get(0).members()).singleElement().satisfies(m -> {
            assertThat(m.personId()).isEqualTo(person.id());
            assertThat(m.orcid()).isEqualTo("0000-0002-1825-0097");
        });
    }

    @Test
    void everyChangeIsInTheActivityLog(@Autowired ActivityQueries activity) {
        UUID id = management.create(TestProjects.project(TestProjects.unique("CP")));
        management.changeStatus(id, ProjectStatus.TERMINATED, "The partners withdrew");
        money.setBudgetLine(id, 2021, BudgetCategory.OTHER, BigDecimal.ONE);
        assertThat(activity.find(new org.ansoplatform.activitylog.ActivityFilter(null, null, "project", id.toString(), null, null),
                new org.ansoplatform.shared.PageRequest(0, 20)).items()).extracting(a -> a.action())
                .contains("project.created", "project.statusChanged", "project.budgetLineSet");
    }

    private static ProjectCommand withAmount(ProjectCommand c, String amount) {
        return new ProjectCommand(c.code(), c.acronym(), c.title(), c.summary(), c.startDate(), c.endDate(), c.programmeCode(),
                new BigDecimal(amount), c.currency(), c.status(), c.sdgs(), c.themes(), c.reportSchedule(), c.published(),
                c.illustrative());
    }
}
