package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.Languages;
import org.attoparser.dom.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The head of every public page: one absolute canonical address, an alternate for each configured language and
 * x-default (each of which really renders in its language), and the OpenGraph and Twitter tags of a link preview.
 */
class PublicPageHeadTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Languages languages;
    @Autowired
    org.ansoplatform.calls.CallQueries calls;
    @Autowired
    org.ansoplatform.meetings.MeetingManagement meetings;
    @Value("${anso.base-url}")
    String baseUrl;

    @Test
    void everyPublicPageHasCanonicalAlternatesAndOpenGraph() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/", "/calls", "/meetings", "/meetings/calendar", "/directory",
                "/projects", "/publications", "/news", "/datasets", "/governance", "/login", "/register"));
        pages.add("/calls/" + calls.published().get(0).id());
        pages.add("/meetings/" + meetings.create(org.ansoplatform.meetings.TestMeetings.course("Head course & more", 5, null,
                false, List.of())));
        pages.add(firstLink("/directory", "/directory/[0-9a-f-]{36}"));
        pages.add(firstLink("/projects", "/projects/[0-9a-f-]{36}"));
        for (String page : pages) {
            String html = html(page);
            HtmlDocument head = HtmlDocument.parse(html);
            List<Element> canonical = head.select("link", Map.of("rel", "canonical"));
            assertThat(canonical).as("one canonical on " + page).hasSize(1);
            String canonicalUrl = HtmlDocument.attr(canonical.get(0), "href");
            assertThat(URI.create(canonicalUrl).isAbsolute()).as(page).isTrue();
            assertThat(canonicalUrl).as(page).startsWith(baseUrl);
            List<String> hreflangs = head.select("link", Map.of("rel", "alternate")).stream()
                    .filter(e -> e.hasAttribute("hreflang")).map(e -> HtmlDocument.attr(e, "hreflang")).toList();
            List<String> expected = new ArrayList<>(languages.tags());
            expected.add("x-default");
            assertThat(hreflangs).as("alternates of " + page).containsExactlyInAnyOrderElementsOf(expected);
            for (String property : List.of("og:title", "og:url", "og:type", "og:site_name", "og:locale", "og:description")) {
                List<Element> meta = head.select("meta", Map.of("property", property));
                assertThat(meta).as(property + " on " + page).hasSize(1);
                assertThat(HtmlDocument.attr(meta.get(0), "content")).as(property + " on " + page).isNotBlank();
            }
            assertThat(head.first("meta", Map.of("property", "og:url"), "content"))
                    .isEqualTo(canonicalUrl);
            String title = HtmlDocument.text(head.select("title", Map.of()).get(0)).strip();
            assertThat(head.first("meta", Map.of("property", "og:title"), "content")
                    .replaceAll("\\s+", " ")).as("og:title of " + page).isEqualTo(title.replaceAll("\\s+", " "));
            assertThat(head.select("meta", Map.of("name", "twitter:card"))).hasSize(1);
            assertThat(head.select("meta", Map.of("property", "og:locale:alternate"))).hasSize(languages.tags().size() - 1);
            assertThat(html).doesNotContain("data-title");
        }
    }

    @Test
    void eachAlternateRendersItsLanguageAndTheCanonicalKeepsFiltersButNotNoise() throws Exception {
        HtmlDocument english = HtmlDocument.parse(html("/meetings?lang=en&kind=WORKSHOP&utm_source=mail&page=0&fbclid=x"));
        assertThat(english.first("link", Map.of("rel", "canonical"), "href"))
                .isEqualTo(baseUrl + "/meetings?kind=WORKSHOP&lang=en");
        assertThat(english.first("link", Map.of("rel", "alternate", "hreflang", "x-default"), "href"))
                .isEqualTo(baseUrl + "/meetings?kind=WORKSHOP");
        for (String tag : languages.tags()) {
            String alternate = english.first("link", Map.of("rel", "alternate", "hreflang", tag), "href");
            assertThat(alternate).isEqualTo(baseUrl + "/meetings?kind=WORKSHOP&lang=" + tag);
            String rendered = html(alternate.substring(baseUrl.length()));
            assertThat(rendered).as("the %s alternate renders in %s", tag, tag).contains("lang=\"" + tag + "\"");
            HtmlDocument page = HtmlDocument.parse(rendered);
            assertThat(page.first("meta", Map.of("property", "og:locale"), "content")).startsWith(tag);
            assertThat(page.first("link", Map.of("rel", "canonical"), "href")).isEqualTo(alternate);
        }
    }

    @Test
    void aLinkSecretInTheAddressNeverReachesTheHead() throws Exception {
        // canonical, og:url and the alternates are read by crawlers and link previews: a token there would be kept
        String html = html("/meetings?token=s3cret-link-value&kind=WORKSHOP");
        HtmlDocument head = HtmlDocument.parse(html);
        assertThat(head.first("link", Map.of("rel", "canonical"), "href")).isEqualTo(baseUrl + "/meetings?kind=WORKSHOP&lang=en");
        // the language menu in the body keeps it: on a page opened by its link, another language must still open
        assertThat(html.substring(0, html.indexOf("</head>"))).doesNotContain("s3cret-link-value");
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(URI.create(path))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String firstLink(String list, String pattern) throws Exception {
        Matcher matcher = Pattern.compile("href=\"(" + pattern + ")\"").matcher(html(list));
        assertThat(matcher.find()).as("a link like " + pattern + " on " + list).isTrue();
        return matcher.group(1);
    }
}
