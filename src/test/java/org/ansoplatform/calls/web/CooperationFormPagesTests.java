package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CooperationCall;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The applicant's form with groups, money, organizations and persons, without JavaScript (buttons that save and
 * show the form again) and with htmx; the Secretariat's page and export showing them; who may use the buttons.
 */
class CooperationFormPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    @Autowired
    OrganizationManagement organizations;

    Someone applicant;
    UUID callId;
    UUID lead;
    UUID partner;
    String marker;

    @BeforeEach
    void setUp() {
        applicant = Someone.register(accounts, "Aigul Sydykova", "APPLICANT");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CooperationCall.call(now.minusDays(1), now.plusDays(20)));
        marker = UUID.randomUUID().toString().substring(0, 8);
        lead = organizations.create(new OrganizationCommand("Xinjiang Institute " + marker, null, "CN", OrganizationType.RESEARCH_INSTITUTE,
                OrganizationStatus.PARTNER, LocalDate.of(2018, 11, 4), null, "034t30j35"));
        partner = organizations.create(new OrganizationCommand("Kyrgyz Academy " + marker, null, "KG", OrganizationType.ACADEMY,
                OrganizationStatus.PARTNER, LocalDate.of(2018, 11, 4), null, null));
    }

    @Test
    void addingARowSavesTheDraftAndShowsABlankRowWithoutJavaScript() throws Exception {
        UUID id = applications.start(callId, applicant);

        MockHttpServletResponse page = send(form(post("/applications/" + id + "/draft")).param("addRow", "partners"));

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-row=\"0\"", "data-row=\"1\"", "data-row=\"2\"").doesNotContain("data-row=\"3\"");
        assertThat(html).contains("name=\"partners[2].organization.organizationId\"", "aria-label=\"Role, row 3\"");
        assertThat(((List<?>) applications.view(id, applicant).answers().get("partners"))).hasSize(2);
    }

    @Test
    void removingARowSavesTheDraftWithoutIt() throws Exception {
        UUID id = applications.start(callId, applicant);

        MockHttpServletResponse page = send(form(post("/applications/" + id + "/draft").header("HX-Request", "true"))
                .param("removeRow", "partners.0"));

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("id=\"answers\"");
        List<?> partners = (List<?>) applications.view(id, applicant).answers().get("partners");
        assertThat(partners).hasSize(1);
        assertThat(((Map<?, ?>) ((Map<?, ?>) partners.get(0)).get("organization")).get("name")).isEqualTo("Naryn Village Water Board");
    }

    @Test
    void searchingTheDirectoryListsMatchesWithCountryAndRorId() throws Exception {
        UUID id = applications.start(callId, applicant);

        String html = send(form(post("/applications/" + id + "/draft"), "find", "partners[1].organization",
                "partners[1].organization.q", "institute " + marker)).getContentAsString(StandardCharsets.UTF_8);

        String choices = html.substring(html.indexOf("id=\"q-partners1.organization\""));
        choices = choices.substring(0, choices.indexOf("</select>"));
        assertThat(choices).contains("<option value=\"" + lead + "\">Xinjiang Institute " + marker + " — China — ROR 034t30j35</option>")
                .doesNotContain("Kyrgyz Academy " + marker);
        assertThat(html).contains("value=\"institute " + marker + "\"");
    }

    @Test
    void aRefusedSaveShowsEachMessageNextToItsCellAndKeepsWhatWasTyped() throws Exception {
        UUID id = applications.start(callId, applicant);

        MockHttpServletResponse page = send(form(post("/applications/" + id + "/draft"), "partners[1].organization.country", "ZZ",
                "partners[1].organization.name", "Somewhere " + marker, "budgetTotal.amount", "12 thousand"));

        assertThat(page.getStatus()).isEqualTo(422);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"budgetTotal-error\"", "Give the amount as a number such as 12000.50.", "href=\"#q-budgetTotal\"",
                "id=\"partners[1].organization.country-error\"", "href=\"#q-partners1.organization.country\"",
                "value=\"12 thousand\"", "value=\"Somewhere " + marker + "\"");
        assertThat(applications.view(id, applicant).answers()).isEmpty();
    }

    @Test
    void theSecretariatSeesGroupsAsTablesWithLinksAndExportsThemReadably() throws Exception {
        UUID id = applications.start(callId, applicant);
        applications.saveDraft(id, CooperationCall.answers(lead, partner, "12000"), applicant);
        applications.submit(id, null, applicant);
        Someone secretariat = Someone.register(accounts, "Secretariat " + marker, "SECRETARIAT");

        String html = send(get("/applications/" + id).with(secretariat.signedIn())).getContentAsString(StandardCharsets.UTF_8);
        String csv = send(get("/secretariat/calls/" + callId + "/applications.csv").with(secretariat.signedIn()))
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("class=\"answer-rows\"", "href=\"https://ror.org/034t30j35\"", "href=\"https://orcid.org/0000-0002-1825-0097\"",
                "12,000.00 USD", "Naryn Village Water Board (Kyrgyzstan) — not in the directory yet");
        // the export types the total as an amount and a currency column; a group stays one readable cell
        assertThat(csv).contains("Requested in total: amount,Requested in total: currency", ",12000.00,USD",
                "1. Year: 2021; Category: EQUIPMENT; Amount: 7,000.00 USD");
    }

    @Test
    void theChecklistNamesAMissingCellByItsGroupRowAndColumnAndLinksToIt() throws Exception {
        UUID id = applications.start(callId, applicant);
        send(form(post("/applications/" + id + "/draft"), "partners[0].role", ""));

        String html = send(get("/applications/" + id).with(applicant.signedIn())).getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("href=\"#q-partners0.role\">Partner institutions, row 1: Role</a>", "id=\"q-partners0.role\"");
    }

    @Test
    void anotherApplicantCannotAddRowsToSomeoneElsesApplication() throws Exception {
        UUID id = applications.start(callId, applicant);
        Someone other = Someone.register(accounts, "Someone Else", "APPLICANT");

        MockHttpServletResponse page = send(post("/applications/" + id + "/draft").param("addRow", "partners").param("find", "lead")
                .param("lead.q", "Xinjiang").with(other.signedIn()).with(csrf()));

        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(applications.view(id, applicant).answers()).isEmpty();
    }

    /** The form as the page posts it: two partners (one chosen, one named), a budget line and its total; then the changes. */
    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String... changes) {
        Map<String, String> posted = new java.util.LinkedHashMap<>();
        posted.put("title", "Water stations");
        posted.put("pi.name", "Aigul Sydykova");
        posted.put("pi.orcid", "0000-0002-1825-0097");
        posted.put("lead.organizationId", lead.toString());
        posted.put("lead.name", "");
        posted.put("lead.country", "");
        posted.put("partners[0].organization.organizationId", partner.toString());
        posted.put("partners[0].role", "PARTNER");
        posted.put("partners[1].organization.organizationId", "");
        posted.put("partners[1].organization.name", "Naryn Village Water Board");
        posted.put("partners[1].organization.country", "KG");
        posted.put("partners[1].role", "ASSOCIATE");
        posted.put("budget[0].year", "2021");
        posted.put("budget[0].category", "EQUIPMENT");
        posted.put("budget[0].amount.amount", "7000");
        posted.put("budget[0].amount.currency", "USD");
        posted.put("budgetTotal.amount", "7000");
        posted.put("budgetTotal.currency", "USD");
        for (int i = 0; i < changes.length; i += 2) {
            posted.put(changes[i], changes[i + 1]);
        }
        posted.forEach(request::param);
        return request.with(applicant.signedIn()).with(csrf());
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
