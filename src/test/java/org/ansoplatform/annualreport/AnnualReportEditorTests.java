package org.ansoplatform.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.annualreport.EditionContent.BlockView;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Secretariat's editor: a year's draft from the seed report's structure, texts whose figures are checked when
 * saved (each bad one named next to the field, nothing saved), a year with no data saying so instead of zeros, and
 * who may open what.
 */
class AnnualReportEditorTests extends IntegrationTest {

    static final String SECRETARIAT = "secretariat@example.org";

    @Autowired AnnualReportManagement management;
    @Autowired AnnualReportQueries queries;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @WithUserDetails(SECRETARIAT)
    void aDraftStartsFromTheSeedReportsSectionsInEveryLanguageAndAYearHasOneLiveDraft() {
        UUID id = management.createDraft(2041);
        EditionContent content = queries.content(id).orElseThrow();
        assertThat(content.edition().status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(content.children(null)).extracting(EditionContent.SectionView::code).containsExactly("letter", "highlights",
                "capacity", "advisory", "industry", "networks", "finance", "workplan", "acronyms");
        EditionContent.SectionView letter = content.children(null).get(0);
        assertThat(letter.titles()).containsEntry("en", "President’s Letter").containsEntry("zh", "主席致辞").hasSize(5);
        assertThat(content.children(content.children(null).get(5).id())).extracting(EditionContent.SectionView::code)
                .contains("board", "meetings");
        assertThatThrownBy(() -> management.createDraft(2041)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey()).isEqualTo("annualreport.error.draftExists"));
    }

    @Test
    void aTextNamingAnUnknownFigureIsRefusedNextToTheFieldNamingEachAndNothingIsSaved() throws Exception {
        UUID id = asSecretariat(() -> management.createDraft(2042));
        BlockView text = firstText(id);
        String url = "/secretariat/annual-report/editions/" + id + "/blocks/" + text.id() + "/text";

        MockHttpServletResponse refused = mvc.perform(post(url).param("texts[en]", "Over {calls.applications} and {calls.nonsense} from {calls.countries@nowhere=x} {6000}")
                .param("texts[zh]", "超过 {calls.applications[NOPART]}").with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf())
                .locale(Locale.ENGLISH)).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        String html = refused.getContentAsString(StandardCharsets.UTF_8);
        String message = FieldErrors.of(html, "texts-" + text.id());
        assertThat(message).startsWith("These figures name nothing").contains("{calls.nonsense} (no such figure)")
                .contains("{calls.countries@nowhere=x} (no such scope)").contains("{calls.applications[NOPART]} (no such part)")
                .contains("{6000} (not written as a figure)").doesNotContain("{calls.applications} (");
        assertThat(html).as("what was typed is kept").contains("Over {calls.applications} and {calls.nonsense}");
        assertThat(firstText(id).texts()).isEmpty();

        MockHttpServletResponse saved = mvc.perform(post(url).param("texts[en]", "In {{2021}} we received {calls.applications} applications.")
                .with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf())).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(firstText(id).texts()).containsEntry("en", "In {{2021}} we received {calls.applications} applications.");
        String api = mvc.perform(get("/api/v1/secretariat/annual-report/2042/figures").with(user(people.loadUserByUsername(SECRETARIAT))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"ref\":\"calls.applications\"").contains("\"key\":\"calls.applications\"").contains("\"formatted\":");
        assertThat(page(SECRETARIAT, "/secretariat/annual-report/2042/preview")).contains("In {2021}} we received <span class=\"figure-empty\">not recorded for 2042</span>");
    }

    @Test
    void aYearWithNoRecordsSaysSoInsteadOfZeros() throws Exception {
        UUID id = asSecretariat(() -> management.createDraft(2096));
        BlockView text = firstText(id);
        asSecretariat(() -> {
            management.saveText(id, text.id(), Map.of("en", "We received {calls.applications} applications."));
            return null;
        });
        String preview = page(SECRETARIAT, "/secretariat/annual-report/2096/preview");
        assertThat(preview).contains("not recorded for 2096").contains("No records for 2096").doesNotContain(">0<");
    }

    @Test
    void aBadYearOrASecondDraftIsRefusedNextToTheYear() throws Exception {
        MockHttpServletResponse bad = mvc.perform(post("/secretariat/annual-report").param("year", "21x")
                .with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(bad.getContentAsString(StandardCharsets.UTF_8), "year")).startsWith("Write a year between 1900 and 2100");
        MockHttpServletResponse created = mvc.perform(post("/secretariat/annual-report").param("year", "2043")
                .with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf())).andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/secretariat/annual-report/2043");
        MockHttpServletResponse again = mvc.perform(post("/secretariat/annual-report").param("year", "2043")
                .with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf()).header("Accept-Language", "zh")).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(again.getContentAsString(StandardCharsets.UTF_8), "year")).startsWith("2043 年已有草稿");
        assertThat(page(SECRETARIAT, "/secretariat/annual-report/2043")).contains("Submit to the Governing Board");
    }

    @Test
    void onlyTheSecretariatEditsAndADraftIsNotFoundPublicly() throws Exception {
        UUID id = asSecretariat(() -> management.createDraft(2044));
        BlockView text = firstText(id);
        for (String path : new String[] {"/secretariat/annual-report", "/secretariat/annual-report/2044",
                "/secretariat/annual-report/2044/preview", "/secretariat/annual-report/2044/preview.pdf?language=zh",
                "/secretariat/annual-report/2044/figures",
                "/api/v1/secretariat/annual-report/2044/figures"}) {
            assertThat(status(null, path)).as(path).isIn(302, 401);
            assertThat(status("applicant@example.org", path)).as(path).isEqualTo(403);
            assertThat(status("board@example.org", path)).as(path).isEqualTo(403);
            assertThat(status(SECRETARIAT, path)).as(path).isEqualTo(200);
        }
        // the comparison of the demo's frozen 2021 edition with the figures now is the Secretariat's alone
        String comparison = "/secretariat/annual-report/2021/comparison";
        assertThat(status(null, comparison)).isIn(302, 401);
        assertThat(status("applicant@example.org", comparison)).isEqualTo(403);
        assertThat(status("board@example.org", comparison)).isEqualTo(403);
        assertThat(status(SECRETARIAT, comparison)).isEqualTo(200);
        // a PDF in Chinese is a document's language, not the reader's choice of language for pages and mail
        assertThat(jdbc.sql("select language from accounts.person where email = :email").param("email", SECRETARIAT)
                .query(String.class).single()).isEqualTo("en");
        MockHttpServletResponse other = mvc.perform(post("/secretariat/annual-report/editions/" + id + "/blocks/" + text.id() + "/text")
                .param("texts[en]", "Mine.").with(user(people.loadUserByUsername("applicant@example.org"))).with(csrf()))
                .andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(403);
        assertThat(firstText(id).texts()).isEmpty();
        for (String path : new String[] {"/annual-report/2044", "/api/v1/annual-report/2044", "/api/v1/annual-report/2044/figures",
                "/annual-report/2044/pdf", "/annual-report/2044/figures/calls.applications?edition=" + id}) {
            assertThat(status(null, path)).as(path).isEqualTo(404);
            assertThat(status("applicant@example.org", path)).as(path).isEqualTo(404);
        }
        assertThat(status("board@example.org", "/board/annual-report/2044")).as("a draft not submitted").isEqualTo(404);
        assertThat(status("applicant@example.org", "/board/annual-report/2044")).isEqualTo(403);
    }

    private BlockView firstText(UUID id) {
        return queries.content(id).orElseThrow().blocks().stream().filter(b -> b.kind() == BlockKind.TEXT).findFirst().orElseThrow();
    }

    private <T> T asSecretariat(java.util.concurrent.Callable<T> action) throws Exception {
        return AnnualReportFixtures.as(people.loadUserByUsername(SECRETARIAT), action);
    }

    private String page(String who, String path) throws Exception {
        var request = get(path).locale(Locale.ENGLISH);
        if (who != null) {
            request = request.with(user(people.loadUserByUsername(who)));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String who, String path) throws Exception {
        var request = get(path);
        if (who != null) {
            request = request.with(user(people.loadUserByUsername(who)));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
