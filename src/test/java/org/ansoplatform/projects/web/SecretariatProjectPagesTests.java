package org.ansoplatform.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.projects.PartnerRole;
import org.ansoplatform.projects.ProjectManagement;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.TestProjects;
import org.ansoplatform.projects.money.ProjectMoney;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class SecretariatProjectPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ProjectManagement management;
    @Autowired
    ProjectQueries queries;
    @Autowired
    ProjectMoney money;
    @Autowired
    OrganizationManagement directory;

    Someone secretary;
    UUID project;

    @BeforeEach
    void setUp() {
        secretary = Someone.register(accounts, "Project officer", "SECRETARIAT");
        project = management.create(TestProjects.project(TestProjects.unique("CP")));
    }

    @Test
    void everyProjectPageIsTheSecretariatsAndRefusedToAnyoneElse() throws Exception {
        Someone applicant = Someone.register(accounts, "Applicant", "APPLICANT", "REVIEWER", "MEMBER_REPRESENTATIVE");
        String base = "/secretariat/projects";
        for (String path : new String[] {base, base + "/new", base + "/" + project, base + "/" + project + "/edit"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(applicant.signedIn())).andExpect(status().isForbidden());
            mvc.perform(get(path).with(secretary.signedIn())).andExpect(status().isOk());
        }
        for (String path : new String[] {base + "/new", base + "/" + project + "/edit", base + "/" + project + "/status",
                base + "/" + project + "/partners", base + "/" + project + "/members", base + "/" + project + "/budget",
                base + "/" + project + "/tranches", base + "/" + project + "/expenditure",
                base + "/" + project + "/partners/" + UUID.randomUUID() + "/remove",
                base + "/" + project + "/members/" + UUID.randomUUID() + "/remove"}) {
            mvc.perform(post(path).with(csrf()).with(applicant.signedIn())).andExpect(status().isForbidden());
        }
        assertThat(queries.history(project)).hasSize(1);
        mvc.perform(get(base + "/" + UUID.randomUUID()).with(secretary.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get(base + "/not-an-id").with(secretary.signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void theSecretariatEntersAProjectAndFindsItInTheFilteredList() throws Exception {
        String code = TestProjects.unique("MISSPAD");
        mvc.perform(post("/secretariat/projects/new").with(csrf()).with(secretary.signedIn())
                        .param("code", code).param("acronym", "ANSO-MISSPAD").param("title[en]", "Sub-seasonal prediction")
                        .param("title[zh]", "次季节预测").param("startDate", "2019-01-01").param("endDate", "2022-12-31")
                        .param("programmeCode", "cooperation").param("grantedAmount", "250000").param("currency", "usd")
                        .param("status", "ACTIVE").param("sdgs", "13").param("themes", "CLIMATE_DISASTER_RISK")
                        .param("reportSchedule", "ANNUAL").param("published", "true"))
                .andExpect(status().is3xxRedirection());
        String list = mvc.perform(get("/secretariat/projects").param("q", code).param("status", "ACTIVE").param("year", "2021")
                .with(secretary.signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(code).contains("Sub-seasonal prediction").contains("250000.00 USD");
        String none = mvc.perform(get("/secretariat/projects").param("q", code).param("year", "2023").with(secretary.signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(none).doesNotContain("Sub-seasonal prediction");
        // a mistyped filter is ignored rather than refused
        mvc.perform(get("/secretariat/projects").param("year", "soon").param("status", "NOPE").with(secretary.signedIn()))
                .andExpect(status().isOk());
    }

    @Test
    void aProjectFormWithBadInputIsRefusedNextToItsFieldsInTheReadersLanguage() throws Exception {
        String code = TestProjects.unique("X");
        String html = mvc.perform(post("/secretariat/projects/new").with(csrf()).with(secretary.signedIn()).locale(Locale.CHINESE)
                        .param("code", code).param("acronym", "X").param("title[en]", "T").param("startDate", "2022-01-01")
                        .param("endDate", "2021-01-01").param("programmeCode", "cooperation").param("grantedAmount", "1000")
                        .param("currency", "USD"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(FieldErrors.of(html, "endDate")).isEqualTo("结束日期不能早于开始日期。");
        String typo = mvc.perform(post("/secretariat/projects/new").with(csrf()).with(secretary.signedIn())
                        .param("code", code).param("acronym", "X").param("title[en]", "T").param("startDate", "2021-01-01")
                        .param("endDate", "2022-01-01").param("programmeCode", "cooperation").param("grantedAmount", "lots")
                        .param("currency", "USD"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(FieldErrors.of(typo, "grantedAmount")).isNotBlank();
        assertThat(typo).contains("value=\"" + code + "\"");
        String invented = mvc.perform(post("/secretariat/projects/new").with(csrf()).with(secretary.signedIn()).locale(Locale.forLanguageTag("ru"))
                        .param("code", code).param("acronym", "X").param("title[en]", "T").param("startDate", "2021-01-01")
                        .param("endDate", "2022-01-01").param("programmeCode", "ANSO-CP").param("grantedAmount", "1000")
                        .param("currency", "USD"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(FieldErrors.of(invented, "programmeCode")).as("programmes are the calls module's, never invented")
                .isEqualTo("Программы «ANSO-CP» нет. Выберите программу из списка.");
        assertThat(invented).contains("<option value=\"cooperation\">");
        assertThat(queries.search(new ProjectQueries.Filter(code, null, null, null, null),
                new org.ansoplatform.shared.PageRequest(0, 5)).total()).isZero();
    }

    @Test
    void aStatusChangeWithoutAReasonIsRefusedOnThePageAndChangesNothing() throws Exception {
        String html = mvc.perform(post("/secretariat/projects/" + project + "/status").with(csrf()).with(secretary.signedIn())
                        .param("status", "EXTENDED").param("reason", " "))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(FieldErrors.of(html, "reason")).isEqualTo("Say why the status changes: the history keeps the reason.");
        assertThat(queries.byId(project).orElseThrow().status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(queries.history(project)).hasSize(1);

        String noEnd = mvc.perform(post("/secretariat/projects/" + project + "/status").with(csrf()).with(secretary.signedIn())
                .param("status", "EXTENDED").param("reason", "Board decision: one more year"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(FieldErrors.of(noEnd, "newEnd")).isEqualTo("An extension moves the end date: name the new end date.");
        java.time.LocalDate end = queries.byId(project).orElseThrow().endDate();
        mvc.perform(post("/secretariat/projects/" + project + "/status").with(csrf()).with(secretary.signedIn())
                .param("status", "EXTENDED").param("reason", "Board decision: one more year").param("newEnd", end.plusYears(1).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.byId(project).orElseThrow().endDate()).isEqualTo(end.plusYears(1));
        assertThat(queries.history(project).get(1)).satisfies(h -> {
            assertThat(h.reason()).isEqualTo("Board decision: one more year");
            assertThat(h.actorName()).isEqualTo(secretary.email());
        });
        String page = mvc.perform(get("/secretariat/projects/" + project).with(secretary.signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Board decision: one more year").contains("Extended");
    }

    @Test
    void aBudgetLineOverTheGrantedAmountIsRefusedOnThePageAndChangesNothing() throws Exception {
        money.setBudgetLine(project, 2021, BudgetCategory.EQUIPMENT, new BigDecimal("90000"));
        String html = mvc.perform(post("/secretariat/projects/" + project + "/budget").with(csrf()).with(secretary.signedIn())
                        .param("year", "2022").param("category", "TRAVEL").param("amount", "10000.50"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(FieldErrors.of(html, "amount")).isEqualTo(
                "The budget lines would add up to 100000.50 USD, more than the granted 100000.00 USD. Nothing was changed.");
        assertThat(money.view(project).lines()).hasSize(1);

        String typo = mvc.perform(post("/secretariat/projects/" + project + "/budget").with(csrf()).with(secretary.signedIn())
                        .param("year", "2022").param("category", "TRAVEL").param("amount", "ten"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(FieldErrors.of(typo, "amount")).isNotBlank();

        mvc.perform(post("/secretariat/projects/" + project + "/budget").with(csrf()).with(secretary.signedIn())
                .param("year", "2022").param("category", "TRAVEL").param("amount", "10000")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/secretariat/projects/" + project).with(secretary.signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-total=\"budgeted\">100000.00 USD");
    }

    @Test
    void aPartnerNotInTheDirectoryIsRefusedWithALinkToAddItThereFirst() throws Exception {
        String name = TestProjects.unique("Tashkent plant protection institute");
        String html = mvc.perform(post("/secretariat/projects/" + project + "/partners").with(csrf()).with(secretary.signedIn())
                        .param("organization", name).param("country", "uz").param("role", "PARTNER"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(FieldErrors.of(html, "organization")).contains("“" + name + "” is not in the member directory");
        String link = "/secretariat/organizations/new?status=PARTNER&amp;name=" + name.replace(" ", "+") + "&amp;country=uz";
        assertThat(html).contains(link);
        assertThat(queries.partners(project)).isEmpty();

        String form = mvc.perform(get("/secretariat/organizations/new").param("status", "PARTNER").param("name", name)
                .param("country", "uz").with(secretary.signedIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("value=\"" + name + "\"").containsPattern("<option value=\"UZ\"[^>]*selected");

        TestProjects.organization(directory, name, "UZ");
        mvc.perform(post("/secretariat/projects/" + project + "/partners").with(csrf()).with(secretary.signedIn())
                .param("organization", name).param("role", "LEAD")).andExpect(status().is3xxRedirection());
        assertThat(queries.partners(project)).singleElement().satisfies(p -> assertThat(p.role()).isEqualTo(PartnerRole.LEAD));
        UUID partner = queries.partners(project).get(0).id();
        String refused = mvc.perform(post("/secretariat/projects/" + project + "/members").with(csrf()).with(secretary.signedIn())
                        .param("partnerId", partner.toString()).param("name", "Nodira").param("orcid", "1234").param("role", "RESEARCHER"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(FieldErrors.of(refused, "orcid")).startsWith("Not a valid ORCID iD");
        mvc.perform(post("/secretariat/projects/" + project + "/members").with(csrf()).with(secretary.signedIn())
                .param("partnerId", partner.toString()).param("name", "Nodira").param("orcid", "0000-0002-1825-0097")
                .param("role", "PRINCIPAL_INVESTIGATOR")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/secretariat/projects/" + project).with(secretary.signedIn())).andReturn().getResponse()
                .getContentAsString()).contains("Nodira").contains("Principal investigator");
    }
}
