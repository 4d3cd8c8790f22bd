package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The record reads right (issue 15, item 8): the Statutes compared without repeating what did not change and with
 * headings apart from text, an amendment started from the text in force, the Secretariat's applications with their
 * real dates and a filter, and names instead of codes in the dropdowns.
 */
class RecordPagesTests extends IntegrationTest {

    static final String SECRETARIAT = "secretariat@example.org";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired JsonMapper json;
    @Autowired StatuteQueries statutes;

    MockHttpServletResponse response(String email, String path, Locale locale) throws Exception {
        var request = get(path).locale(locale);
        if (email != null) {
            request = request.with(user(people.loadUserByUsername(email)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    String page(String email, String path, Locale locale) throws Exception {
        MockHttpServletResponse response = response(email, path, locale);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    String decide(Api api, String body, String amendment) throws Exception {
        String session = api.post(SECRETARIAT, "/api/v1/secretariat/sessions", Map.of("body", body, "title", body + " on 8.1",
                "startsAt", LocalDateTime.of(2026, 6, 1, 9, 0).toString(), "zone", "UTC", "mode", "ONLINE"))
                .body().get("session").get("id").asString();
        return api.post(SECRETARIAT, "/api/v1/secretariat/sessions/" + session + "/decisions", Map.of("text", "Decides on 8.1",
                "outcome", "ADOPTED_BY_CONSENSUS", "subjectType", "AMENDMENT", "subjectId", amendment)).body().toString();
    }

    @Test
    void aComparisonShowsEachUnchangedArticleOnceAndAChangedHeadingApartFromItsText() throws Exception {
        Api api = new Api(mvc, people, json);
        int before = statutes.current().orElseThrow().number();
        String untouched = statutes.article(before, "8.2").orElseThrow().body();
        String amendment = api.post(SECRETARIAT, "/api/v1/secretariat/amendments", Map.of("articleNumber", "8.1",
                "heading", "Membership of the Board", "body", "The Governing Board consists of eleven member organizations."))
                .body().get("amendment").get("id").asString();

        String proposed = page(null, "/governance/amendments/" + amendment, Locale.ENGLISH);
        assertThat(proposed).containsPattern("class=\"diff-heading\"><strong>.*<ins>Membership of the Board</ins>");
        assertThat(bodyDiff(proposed)).doesNotContain("Composition", "Membership of the Board").contains("eleven");

        decide(api, "BOARD", amendment);
        decide(api, "ASSEMBLY", amendment);
        int after = statutes.current().orElseThrow().number();
        assertThat(after).isEqualTo(before + 1);

        String comparison = page(null, "/governance/statutes/compare?from=" + before + "&to=" + after, Locale.ENGLISH);
        assertThat(count(comparison, untouched)).isEqualTo(1);
        assertThat(comparison).contains("data-article=\"8.1\"", "articles unchanged");
        assertThat(bodyDiff(comparison)).doesNotContain("Membership of the Board").contains("eleven");
        assertThat(count(page(null, "/governance/statutes/compare?from=1&to=1", Locale.ENGLISH), 
                statutes.article(1, "8.2").orElseThrow().body())).isEqualTo(1);
    }

    /** The text of the first body diff on a page. */
    static String bodyDiff(String page) {
        Matcher matcher = Pattern.compile("<p class=\"prewrap diff\">(.*?)</p>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("a body diff").isTrue();
        return matcher.group(1);
    }

    @Test
    void theAmendmentFormStartsFromTheTextInForceOfTheChosenArticle() throws Exception {
        ArticleView inForce = statutes.article(statutes.current().orElseThrow().number(), "8.2").orElseThrow();
        String form = page(SECRETARIAT, "/secretariat/governance/amendments/new?article=8.2", Locale.ENGLISH);
        assertThat(form).contains("value=\"" + inForce.heading() + "\"", ">" + inForce.body() + "</textarea>",
                "id=\"articleNumber\"");
        assertThat(form).containsPattern("id=\"articleNumber\"[^>]*value=\"8.2\"|value=\"8.2\"[^>]*id=\"articleNumber\"");
        // a number the Statutes do not have yet is a new article, with nothing to start from
        assertThat(page(SECRETARIAT, "/secretariat/governance/amendments/new?article=42", Locale.ENGLISH))
                .contains("value=\"42\"").doesNotContain(">" + inForce.body() + "</textarea>");
        assertThat(response("board@example.org", "/secretariat/governance/amendments/new?article=8.2", Locale.ENGLISH)
                .getStatus()).isEqualTo(403);
    }

    @Test
    void theApplicationsListHasADateColumnTheDatesOfTheReportAndAFilterByState() throws Exception {
        String all = page(SECRETARIAT, "/secretariat/governance/applications", Locale.ENGLISH);
        assertThat(all).contains(">Submitted on</th>").doesNotContain("Your application was sent to the Secretariat.");
        assertThat(all).contains("Instituto de Astrofísica de Canarias (IAC)");
        Matcher iac = Pattern.compile("Instituto de Astrofísica de Canarias \\(IAC\\)</a></td>.*?(\\d{4}-\\d{2}-\\d{2})</td>",
                Pattern.DOTALL).matcher(all);
        assertThat(iac.find()).isTrue();
        assertThat(iac.group(1)).isEqualTo("2021-10-09");
        assertThat(page(SECRETARIAT, "/secretariat/governance/applications", Locale.CHINESE)).contains(">提交日期</th>");

        String endorsed = page(SECRETARIAT, "/secretariat/governance/applications?state=ENDORSED", Locale.ENGLISH);
        assertThat(endorsed).contains("data-state=\"ENDORSED\"", "Instituto de Astrofísica de Canarias (IAC)")
                .doesNotContain("data-state=\"SUBMITTED\"", "data-state=\"APPROVED\"");
        assertThat(endorsed).containsPattern("<option value=\"ENDORSED\" selected=\"selected\">");
        assertThat(response(SECRETARIAT, "/secretariat/governance/applications?state=NOPE", Locale.ENGLISH).getStatus())
                .isEqualTo(400);
    }

    @Test
    void theDecisionSubjectsNameOfficesAndMandatesInTheReadersLanguage() throws Exception {
        Api api = new Api(mvc, people, json);
        String session = api.post(SECRETARIAT, "/api/v1/secretariat/sessions", Map.of("body", "ASSEMBLY", "title",
                "Assembly naming subjects", "startsAt", LocalDateTime.of(2026, 7, 1, 9, 0).toString(), "zone", "UTC",
                "mode", "ONLINE")).body().get("session").get("id").asString();
        String english = page(SECRETARIAT, "/secretariat/governance/sessions/" + session, Locale.ENGLISH);
        assertThat(english).doesNotContainPattern(">[A-Z_]*EXECUTIVE_DIRECTOR ").doesNotContain(">Mandate ")
                .contains(">Executive Director: Prof. CAO Jinghua<", ">Board mandate 4 November 2018 to ");
        String chinese = page(SECRETARIAT, "/secretariat/governance/sessions/" + session, Locale.CHINESE);
        assertThat(chinese).doesNotContainPattern(">[A-Z_]*EXECUTIVE_DIRECTOR ").contains(">执行主任：Prof. CAO Jinghua<");
    }
}
