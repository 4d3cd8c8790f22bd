package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Pages allow styles from the platform's own files only: no inline style, so injected markup cannot restyle a page. */
class ContentSecurityPolicyTests extends IntegrationTest {

    /** Rendered to PDF on the server, never served as a page. */
    private static final List<String> PDF_TEMPLATES = List.of("calls/pdf/", "meetings/certificate.html",
            "publications/front/composition-pdf.html",
            // issue 24 part D: the Annual Report's print PDF
            "annualreport/print.html",
            // a newsletter's PDF and its email (issue 21): mail clients read styles only in the message
            "publications/news/rendered/");

    @Autowired
    MockMvc mvc;

    @Test
    void stylesComeOnlyFromThePlatformsOwnFilesAndHtmxAddsNone() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/login")).andReturn().getResponse();

        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).contains("style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(response.getContentAsString()).contains("\"includeIndicatorStyles\":false");
    }

    @Test
    void noPageTemplateHasAnInlineStyle() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        Pattern inline = Pattern.compile("\\sstyle=|th:style|<style", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(root)) {
            List<String> offending = files.filter(file -> file.toString().endsWith(".html"))
                    .filter(file -> PDF_TEMPLATES.stream().noneMatch(pdf -> root.relativize(file).toString().startsWith(pdf)))
                    .filter(file -> {
                        try {
                            return inline.matcher(Files.readString(file)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(file -> root.relativize(file).toString()).toList();
            assertThat(offending).isEmpty();
        }
    }
}
