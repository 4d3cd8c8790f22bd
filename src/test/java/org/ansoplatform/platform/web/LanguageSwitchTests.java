package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The configured languages, not a list in code, make the switcher, the page's language and a person's language. */
class LanguageSwitchTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Languages languages;
    @Autowired
    AccountManagement accounts;
    @Autowired
    AccountQueries queries;

    @Test
    void theSwitcherOffersEveryConfiguredLanguageByItsOwnNameAndThePageSaysItsLanguageAndDirection() throws Exception {
        for (Languages.Choice page : languages.choices()) {
            String html = mvc.perform(get("/").param("lang", page.tag())).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            assertThat(html).contains("<html lang=\"" + page.tag() + "\" dir=\"" + page.direction() + "\"");
            for (Languages.Choice offered : languages.choices()) {
                assertThat(html).containsPattern("hreflang=\"" + offered.tag() + "\" lang=\"" + offered.tag() + "\" dir=\""
                        + offered.direction() + "\" data-lang=\"" + offered.tag() + "\"( class=\"current\")?>" + offered.name() + "</a>");
            }
        }
    }

    @Test
    void aPersonKeepsTheClosestConfiguredLanguageAndAnUnknownOneFallsBack() {
        for (String tag : languages.tags()) {
            var id = accounts.register("lang." + tag + "." + System.nanoTime() + "@example.org", "Lang " + tag,
                    "a long enough password 1", tag + "-XX");
            assertThat(queries.contact(id).orElseThrow().locale().getLanguage()).isEqualTo(tag);
        }
        var id = accounts.register("lang.none." + System.nanoTime() + "@example.org", "Lang none",
                "a long enough password 1", "tlh");
        assertThat(queries.contact(id).orElseThrow().locale()).isEqualTo(languages.fallback());
    }
}
