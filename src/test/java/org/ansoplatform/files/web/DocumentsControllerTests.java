package org.ansoplatform.files.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.platform.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.HtmlUtils;

class DocumentsControllerTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    FileStorage storage;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentsController documents;

    @Autowired
    MessageSource messages;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/documents").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    void thePageListsNothingYetAndOffersTheUploadForm() throws Exception {
        String html = mvc.perform(get("/documents").with(user(person("secretariat@example.org"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("enctype=\"multipart/form-data\"", "name=\"file\"", "name=\"_csrf\"", "<progress",
                "Accepted formats: JPG, PDF, PNG, TXT. Maximum size: 20 MB.");
    }

    @Test
    void anUploadedDocumentIsListedAndDownloadsWithSafeHeaders() throws Exception {
        UserDetails applicant = person("applicant@example.org");
        byte[] pdf = TestFiles.pdf();

        MvcResult upload = mvc.perform(multipart("/documents")
                        .file(new MockMultipartFile("file", "Research plan.pdf", "application/pdf", pdf))
                        .with(user(applicant)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/documents"))
                .andExpect(flash().attribute("flashSuccess", "files.uploaded"))
                .andReturn();
        StoredFile stored = latest(applicant, pdf);
        Cookie session = upload.getResponse().getCookie("SESSION");
        assertThat(session).as("the session that carries the flash message").isNotNull();

        mvc.perform(get("/documents").cookie(session).with(user(applicant)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your document has been uploaded.")))
                .andExpect(content().string(containsString("/files/" + stored.id())))
                .andExpect(content().string(containsString("Research plan.pdf")));

        MvcResult download = mvc.perform(get("/files/{id}", stored.id()).with(user(applicant)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().longValue("Content-Length", pdf.length))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"Research plan.pdf\"; filename*=UTF-8''Research%20plan.pdf"))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void aChineseFileNameIsKeptAndSentInUtf8() throws Exception {
        UserDetails applicant = person("applicant@example.org");
        byte[] text = TestFiles.text();

        mvc.perform(multipart("/documents").file(new MockMultipartFile("file", "研究计划.txt", "text/plain", text))
                        .with(user(applicant)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        StoredFile stored = latest(applicant, text);

        assertThat(stored.originalName()).isEqualTo("研究计划.txt");
        mvc.perform(get("/files/{id}", stored.id()).with(user(applicant)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"____.txt\"; filename*=UTF-8''%E7%A0%94%E7%A9%B6%E8%AE%A1%E5%88%92.txt"));
    }

    @Test
    void anotherPersonsFileUnknownIdsAndMalformedIdsAreAllNotFound() throws Exception {
        UserDetails applicant = person("applicant@example.org");
        byte[] pdf = TestFiles.pdf();
        mvc.perform(multipart("/documents").file(new MockMultipartFile("file", "cv.pdf", "application/pdf", pdf))
                .with(user(applicant)).with(csrf())).andExpect(status().is3xxRedirection());
        StoredFile stored = latest(applicant, pdf);
        UserDetails reviewer = person("reviewer@example.org");

        mvc.perform(get("/files/{id}", stored.id()).with(user(reviewer))).andExpect(status().isNotFound());
        mvc.perform(get("/files/{id}", UUID.randomUUID()).with(user(reviewer))).andExpect(status().isNotFound());
        mvc.perform(get("/files/{id}", "not-a-uuid").with(user(reviewer))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/documents").with(user(reviewer))).andReturn().getResponse().getContentAsString())
                .doesNotContain(stored.id().toString());
    }

    @Test
    void aDisguisedExecutableIsRefusedNextToTheFieldInEnglishAndNothingIsStored() throws Exception {
        UserDetails applicant = person("applicant@example.org");
        long before = rows();

        String html = mvc.perform(multipart("/documents")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", TestFiles.elf()))
                        .with(user(applicant)).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(html))
                .isEqualTo("The file is named as a PDF document, but its content is an executable program. It has not been stored.");
        assertThat(html).contains("aria-invalid=\"true\"").contains("class=\"form-errors\"");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aDisguisedExecutableIsRefusedInChineseForAChineseReader() throws Exception {
        UserDetails applicant = person("applicant@example.org");
        long before = rows();

        String html = mvc.perform(multipart("/documents")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", TestFiles.pe()))
                        .header("Accept-Language", "zh-CN,zh;q=0.9")
                        .with(user(applicant)).with(csrf()))
                .andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(html)).isEqualTo("文件名表明这是PDF 文档，但其内容实际上是可执行程序。该文件未保存。");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anHtmxUploadThatIsRefusedGets422AndAPageItSwapsIn() throws Exception {
        String html = mvc.perform(multipart("/documents")
                        .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
                        .header("HX-Request", "true")
                        .with(user(person("applicant@example.org"))).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(html)).isEqualTo("The file is empty.");
    }

    @Test
    void anUploadWithoutAFileAsksForOne() throws Exception {
        String html = mvc.perform(multipart("/documents").with(user(person("applicant@example.org"))).with(csrf())
                        .locale(Locale.ENGLISH))
                .andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(html)).isEqualTo("Choose a file to upload.");
    }

    @Test
    void anUploadTooLargeForTheServerIsShownAtTheFieldWithTheLimit() {
        // the platform answers such an upload with a redirect and this flash key; Spring Session keeps flash
        // attributes where MockMvc cannot put them, so the page's handler is called as the redirect would
        UserDetails applicant = person("applicant@example.org");
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(applicant, null, applicant.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        try {
            Model model = new ExtendedModelMap();
            model.addAttribute("flashError", "error.uploadTooLarge");

            assertThat(documents.documents(model)).isEqualTo("files/documents");

            assertThat(model.getAttribute("flashError")).isNull();
            BindingResult result = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + DocumentsController.FORM);
            assertThat(result.getFieldErrors("file")).singleElement()
                    .satisfies(error -> assertThat(messages.getMessage(error, Locale.ENGLISH))
                            .isEqualTo("The file is too large. The maximum size is 20 MB."));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anUploadWithoutCsrfTokenIsForbiddenAndStoresNothing() throws Exception {
        long before = rows();

        mvc.perform(multipart("/documents").file(new MockMultipartFile("file", "cv.pdf", "application/pdf", TestFiles.pdf()))
                        .with(user(person("applicant@example.org"))))
                .andExpect(status().isForbidden());

        assertThat(rows()).isEqualTo(before);
    }

    private UserDetails person(String email) {
        return userDetailsService.loadUserByUsername(email);
    }

    private StoredFile latest(UserDetails person, byte[] content) {
        String sha256 = TestFiles.sha256(content);
        return storage.ownedBy(((SignedInPerson) person).id()).stream()
                .filter(file -> file.sha256().equals(sha256))
                .findFirst().orElseThrow();
    }

    /** The text of the error shown right after the file input, or null. */
    private static String fieldError(String html) {
        var matcher = Pattern.compile("<input type=\"file\"[^>]*name=\"file\"[^>]*>\\s*"
                + "<small class=\"field-error\" id=\"file-error\">([^<]*)</small>").matcher(html);
        return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1)) : null;
    }

    private long rows() {
        return jdbc.sql("select count(*) from files.stored_file").query(Long.class).single();
    }
}
