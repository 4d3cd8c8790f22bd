package org.ansoplatform.files.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.files.store.BlobIntegrity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The integrity page: administrators start a check and read it, in their language; nobody else gets in. */
class IntegrityAdminControllerTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired BlobIntegrity integrity;
    @Autowired MessageSource messages;

    @Test
    void anAdministratorStartsACheckAndReadsItsReport() throws Exception {
        Someone admin = Someone.register(accounts, "Integrity Admin", "ADMIN");
        String page = mvc.perform(get("/admin/files/integrity").with(admin.signedIn()).locale(Locale.FRENCH))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Intégrité des fichiers stockés", "Vérifier tous les fichiers")
                .doesNotContain("Copier le répertoire de données vers S3");

        MockHttpServletResponse started = mvc.perform(post("/admin/files/integrity/verify").with(admin.signedIn())
                .with(csrf())).andReturn().getResponse();
        assertThat(started.getStatus()).isEqualTo(302);
        String location = started.getRedirectedUrl();
        assertThat(location).matches("/admin/files/integrity/[0-9a-f-]{36}");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(60)).until(() -> !integrity.run(id).orElseThrow().running());

        String report = mvc.perform(get(location).with(admin.signedIn()).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("Integrity check", "Finished", "Objects checked");
        MockHttpServletResponse json = mvc.perform(get(location).with(admin.signedIn())
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(json.getContentAsString()).contains("\"state\":\"DONE\"", "\"kind\":\"VERIFY\"");
        assertThat(mvc.perform(get("/admin/files/integrity/" + UUID.randomUUID()).with(admin.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/files/integrity/not-a-run").with(admin.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theCopyIsRefusedWithAMessageWithoutTheFallback() throws Exception {
        Someone admin = Someone.register(accounts, "Copy Admin", "ADMIN");
        MockHttpServletResponse refused = mvc.perform(post("/admin/files/integrity/copy").with(admin.signedIn())
                .with(csrf())).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/admin/files/integrity");
        MvcResult result = mvc.perform(post("/admin/files/integrity/copy").with(admin.signedIn()).with(csrf())).andReturn();
        assertThat(result.getFlashMap().get("flashError")).isEqualTo("files.integrity.error.noFallback");
        assertThat(messages.getMessage("files.integrity.error.noFallback", null, Locale.forLanguageTag("ru")))
                .contains("anso.files.s3.fallback-to-local=true");
    }

    @Test
    void anonymousVisitorsAndPeopleWithoutTheRoleGetNothing() throws Exception {
        Someone someone = Someone.register(accounts, "Integrity Stranger", "DATA_CURATOR");
        for (String path : new String[] {"/admin/files/integrity", "/admin/files/integrity/" + UUID.randomUUID()}) {
            MockHttpServletResponse anonymous = mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).isEqualTo(302);
            assertThat(anonymous.getHeader(HttpHeaders.LOCATION)).endsWith("/login");
            assertThat(mvc.perform(get(path).with(someone.signedIn())).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
        for (String action : new String[] {"/admin/files/integrity/verify", "/admin/files/integrity/copy"}) {
            assertThat(mvc.perform(post(action).with(csrf())).andReturn().getResponse().getStatus()).isIn(302, 401, 403);
            assertThat(mvc.perform(post(action).with(someone.signedIn()).with(csrf())).andReturn().getResponse()
                    .getStatus()).isEqualTo(403);
        }
        assertThat(integrity.latest()).noneMatch(run -> run.running() && run.startedAt() == null);
    }
}
