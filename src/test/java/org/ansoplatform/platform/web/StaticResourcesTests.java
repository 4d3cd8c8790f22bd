package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The static files under their own paths (decision 217): our css and js linked with their content's hash and kept a
 * year; webjars and vendored libraries served under theirs; page links left as they are; nothing else is a file.
 */
class StaticResourcesTests extends IntegrationTest {

    private static final Pattern HASHED = Pattern.compile("(/(?:css|js)/app-[0-9a-f]{32}\\.(?:css|js))");

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @Test
    void ourCssAndJsAreLinkedWithTheirContentsHashAndKeptAYear() throws Exception {
        String page = fetch("/login").getContentAsString(StandardCharsets.UTF_8);
        Matcher links = HASHED.matcher(page);
        int found = 0;
        while (links.find()) {
            found++;
            MockHttpServletResponse file = fetch(links.group(1));
            assertThat(file.getStatus()).as(links.group(1)).isEqualTo(200);
            assertThat(file.getHeader("Cache-Control")).contains("max-age=31536000", "public");
        }
        assertThat(found).isEqualTo(2);
        assertThat(page).contains("href=\"/directory\"").doesNotContain("/directory-");
    }

    @Test
    void webjarsAndVendoredLibrariesAreServedAndNothingElseIsAFile() throws Exception {
        assertThat(fetch("/webjars/picocss__pico/css/pico.min.css").getStatus()).isEqualTo(200);
        assertThat(fetch("/webjars/htmx.org/dist/htmx.min.js").getStatus()).isEqualTo(200);
        MockHttpServletResponse altcha = fetch("/vendor/altcha-2.3.0/altcha.js");
        assertThat(altcha.getStatus()).isEqualTo(200);
        assertThat(altcha.getHeader("Cache-Control")).contains("max-age=31536000");
        for (String notAFile : new String[] {"/css/missing.css", "/application.properties", "/static/css/app.css", "/app.css"}) {
            assertThat(fetch(notAFile).getStatus()).as(notAFile).isNotEqualTo(200);
        }
    }
}
