package org.ansoplatform.organizations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.organizations.StatusChangeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class OrganizationAdminControllerTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganizationQueries queries;
    @Autowired
    OrganizationManagement management;

    @Test
    void anonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/secretariat/organizations").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anApplicantMayNotManageOrganizations() throws Exception {
        mvc.perform(get("/secretariat/organizations").with(as("applicant@example.org")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/secretariat/organizations/new").with(as("applicant@example.org")))
                .andExpect(status().isForbidden());
        long before = queries.count();
        mvc.perform(newOrganization(unique("Testing Forbidden Institute"), "NP", "")
                        .with(as("applicant@example.org")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void theSecretariatSeesTheListWithEditLinksAndANewOrganizationButton() throws Exception {
        String html = body(mvc.perform(get("/secretariat/organizations").with(as("secretariat@example.org")))
                .andExpect(status().isOk()).andReturn());

        assertThat(html).contains("href=\"/secretariat/organizations/new\"", "New organization",
                "hx-get=\"/secretariat/organizations\"", "<div class=\"table-wrap\">")
                .containsPattern("href=\"/secretariat/organizations/[0-9a-f-]{36}/edit\"");
    }

    @Test
    void theSecretariatRegistersAnOrganizationThatThenAppearsInTheDirectory() throws Exception {
        String name = unique("Testing Registered Institute");
        long before = queries.count();

        MvcResult result = mvc.perform(newOrganization(name, "NP", "034t30j35")
                        .param("originalName", "नेपाल परीक्षण संस्थान")
                        .param("statusSince", "2026-01-15")
                        .param("website", "https://registered.example.org/")
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/directory/*"))
                .andExpect(flash().attribute("flashSuccess", "flash.saved"))
                .andReturn();

        assertThat(queries.count()).isEqualTo(before + 1);
        UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().substring("/directory/".length()));
        OrganizationView saved = queries.byId(id).orElseThrow();
        assertThat(saved.name()).isEqualTo(name);
        assertThat(saved.country()).isEqualTo("NP");
        assertThat(saved.rorId()).isEqualTo("034t30j35");
        assertThat(queries.statusHistory(id)).extracting(StatusChangeView::status).containsExactly(OrganizationStatus.APPLICANT);

        String directory = body(mvc.perform(get("/directory").param("q", name)).andExpect(status().isOk()).andReturn());
        assertThat(directory).contains(name, "नेपाल परीक्षण संस्थान", "Nepal");
    }

    @Test
    void theNewOrganizationFormIsLocalized() throws Exception {
        String html = body(mvc.perform(get("/secretariat/organizations/new").header("Accept-Language", "zh")
                .with(as("secretariat@example.org"))).andExpect(status().isOk()).andReturn());

        assertThat(html).contains("新增机构", "原文名称", "国家或地区", "请选择…", "<option value=\"ACADEMY\">科学院</option>",
                "<option value=\"CN\">中国</option>", "name=\"_csrf\"");
    }

    @ParameterizedTest
    @CsvSource({
            "en, Unknown country code. Use a two-letter ISO 3166-1 code such as CN or PK.",
            "zh, 未知的国家代码。请使用 ISO 3166-1 两位字母代码，例如 CN 或 PK。"})
    void rejectsAnUnknownCountryCodeNextToTheFieldAndSavesNothing(String language, String message) throws Exception {
        assertRefusedWith(newOrganization(unique("Testing Nowhere Institute"), "XX", ""), language, "country", message);
    }

    @ParameterizedTest
    @CsvSource({
            "en, 'Not a valid ROR id. It looks like 05qbk4x57 (nine characters, with a checksum).'",
            "zh, ROR 标识符无效。格式如 05qbk4x57（九个字符，含校验位）。"})
    void rejectsAMalformedRorIdNextToTheFieldAndSavesNothing(String language, String message) throws Exception {
        assertRefusedWith(newOrganization(unique("Testing Checksum Institute"), "NP", "05qbk4x58"), language, "rorId", message);
    }

    @ParameterizedTest
    @CsvSource({
            "en, An organization with this name already exists.",
            "zh, 已存在同名机构。"})
    void rejectsADuplicateNameInAnyCaseNextToTheFieldAndSavesNothing(String language, String message) throws Exception {
        assertRefusedWith(newOrganization("nanjing UNIVERSITY", "CN", ""), language, "name", message);
    }

    @ParameterizedTest
    @CsvSource({
            "en, This field is required.",
            "zh, 此项为必填。"})
    void rejectsAMissingNameNextToTheFieldAndSavesNothing(String language, String message) throws Exception {
        assertRefusedWith(newOrganization(" ", "NP", ""), language, "name", message);
    }

    @Test
    void showsEveryProblemOfTheFormAtOnceAndKeepsWhatWasTyped() throws Exception {
        String html = body(mvc.perform(newOrganization("Nanjing University", "XX", "not-a-ror")
                        .param("website", "www.example.org")
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().is(422)).andReturn());

        assertThat(errorOf(html, "name")).isEqualTo("An organization with this name already exists.");
        assertThat(errorOf(html, "country")).startsWith("Unknown country code.");
        assertThat(errorOf(html, "rorId")).startsWith("Not a valid ROR id.");
        assertThat(errorOf(html, "website")).isEqualTo("Enter a web address starting with http:// or https://.");
        assertThat(html).contains("value=\"www.example.org\"", "value=\"not-a-ror\"", "aria-invalid=\"true\"");
    }

    @Test
    void aNameLongerThanThreeHundredCharactersIsRefusedWithTheLimit() throws Exception {
        String html = body(mvc.perform(newOrganization("N".repeat(301), "NP", "")
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().is(422)).andReturn());

        assertThat(errorOf(html, "name")).isEqualTo("Use at most 300 characters.");
    }

    @Test
    void aPostWithoutCsrfTokenIsForbiddenAndSavesNothing() throws Exception {
        long before = queries.count();

        mvc.perform(newOrganization(unique("Testing Forged Institute"), "NP", "").with(as("secretariat@example.org")))
                .andExpect(status().isForbidden());

        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void theSecretariatChangesAStatusWhichIsAppendedToTheHistory() throws Exception {
        String name = unique("Testing Edited Institute");
        UUID id = management.create(new OrganizationCommand(name, null, "NP", OrganizationType.UNIVERSITY,
                OrganizationStatus.APPLICANT, null, null, null));

        String form = body(mvc.perform(get("/secretariat/organizations/{id}/edit", id).with(as("secretariat@example.org")))
                .andExpect(status().isOk()).andReturn());
        assertThat(form).contains("value=\"" + name + "\"", "action=\"/secretariat/organizations/" + id + "/edit\"",
                "<option value=\"APPLICANT\" selected=\"selected\">Applicant</option>");

        mvc.perform(post("/secretariat/organizations/{id}/edit", id)
                        .param("name", name).param("country", "np").param("type", "UNIVERSITY")
                        .param("status", "PARTNER").param("statusSince", "2026-03-01")
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/directory/" + id))
                .andExpect(flash().attribute("flashSuccess", "flash.saved"));

        assertThat(queries.statusHistory(id)).extracting(StatusChangeView::status)
                .containsExactly(OrganizationStatus.APPLICANT, OrganizationStatus.PARTNER);
        String detail = body(mvc.perform(get("/directory/{id}", id)).andExpect(status().isOk()).andReturn());
        assertThat(detail).contains("<span class=\"badge partner\">Partner</span>", "since 1 March 2026");

        // membership only comes from a governance decision: the form refuses it next to the field
        String refused = body(mvc.perform(post("/secretariat/organizations/{id}/edit", id)
                        .param("name", name).param("country", "np").param("type", "UNIVERSITY")
                        .param("status", "MEMBER").param("statusSince", "2026-04-01")
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("only by a decision of the General Assembly");
        assertThat(queries.statusHistory(id)).extracting(StatusChangeView::status)
                .containsExactly(OrganizationStatus.APPLICANT, OrganizationStatus.PARTNER);
    }

    @Test
    void editingAnUnknownOrganizationIsNotFound() throws Exception {
        mvc.perform(get("/secretariat/organizations/{id}/edit", UUID.randomUUID()).with(as("secretariat@example.org")))
                .andExpect(status().isNotFound());
    }

    private void assertRefusedWith(MockHttpServletRequestBuilder request, String language, String field, String message)
            throws Exception {
        long before = queries.count();

        String html = body(mvc.perform(request.header(HttpHeaders.ACCEPT_LANGUAGE, language)
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().is(422)).andReturn());

        assertThat(errorOf(html, field)).isEqualTo(message);
        assertThat(queries.count()).isEqualTo(before);
    }

    private static MockHttpServletRequestBuilder newOrganization(String name, String country, String rorId) {
        return post("/secretariat/organizations/new")
                .param("name", name).param("country", country).param("type", "RESEARCH_INSTITUTE")
                .param("status", "APPLICANT").param("rorId", rorId);
    }

    /** The message shown right after the field's input, or null if there is none. */
    private static String errorOf(String html, String field) {
        Matcher matcher = Pattern.compile("<small class=\"field-error\" id=\"" + field + "-error\">([^<]*)</small>").matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
