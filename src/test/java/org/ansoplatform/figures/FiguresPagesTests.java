package org.ansoplatform.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.Figure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Secretariat's figures page and API: 2021's figures of every module, each opening its records; who may ask; bad input. */
class FiguresPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    FigureQueries figures;

    @Autowired
    MessageSource messages;

    @Autowired
    JsonMapper json;

    @Autowired
    Languages languages;

    Someone secretary;
    Someone applicant;

    @BeforeEach
    void people() {
        secretary = Someone.register(accounts, "Figures Secretary", "SECRETARIAT");
        applicant = Someone.register(accounts, "Figures Applicant", "APPLICANT");
    }

    /** A text as Thymeleaf writes it into a page: the five markup characters escaped, everything else as it is. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    MockHttpServletResponse as(Someone who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(who == null ? request : request.with(who.signedIn())).andReturn().getResponse();
    }

    @Test
    void thePageListsEveryModulesFiguresOf2021AndEachOpensItsRecords() throws Exception {
        List<FigureQueries.ModuleFigures> ofYear = figures.ofYear(2021);
        assertThat(ofYear).extracting(FigureQueries.ModuleFigures::module).contains("calls", "review");
        MockHttpServletResponse page = as(secretary, get("/secretariat/figures").param("year", "2021"));
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("Figures of 2021");
        for (FigureQueries.ModuleFigures module : ofYear) {
            assertThat(html).contains("id=\"module-" + module.module() + "\"");
            for (Figure figure : module.figures()) {
                assertThat(html).contains("data-key=\"" + figure.key() + "\"")
                        .contains(escaped(messages.getMessage("figure." + figure.key(), null, Locale.ENGLISH)))
                        .contains("/secretariat/figures/" + figure.key() + "?year=2021");
                MockHttpServletResponse records = as(secretary, get("/secretariat/figures/{key}", figure.key()).param("year", "2021"));
                assertThat(records.getStatus()).as(figure.key()).isEqualTo(200);
                assertThat(records.getContentAsString()).contains(escaped(messages.getMessage("figure." + figure.key()
                        + ".definition", null, Locale.ENGLISH)));
                // a breakdown's first, middle and last parts: the 2021 history gives one of them over 110 countries
                List<Figure.Part> parts = figure.parts();
                for (Figure.Part part : parts.isEmpty() ? parts
                        : java.util.stream.Stream.of(0, parts.size() / 2, parts.size() - 1).distinct().map(parts::get).toList()) {
                    assertThat(as(secretary, get("/secretariat/figures/{key}", figure.key()).param("year", "2021").param("part", part.code()))
                            .getStatus()).as(figure.key() + " " + part.code()).isEqualTo(200);
                }
            }
        }
        // a breakdown of money says so in its header (finance's 2021 demo ledger by programme), one of people counts
        assertThat(article(html, "finance.expenditure")).contains("<th>Amount</th>").doesNotContain("<th>Count</th>");
        assertThat(article(html, "calls.countries")).contains("<th>Count</th>").doesNotContain("<th>Amount</th>");
        // the 2021 demo calls are counted and open as links to their public pages
        Figure calls = figures.figure("calls.calls", 2021);
        assertThat(calls.count()).isPositive();
        String callRecords = as(secretary, get("/secretariat/figures/calls.calls").param("year", "2021")).getContentAsString();
        assertThat(callRecords).contains("href=\"/calls/" + calls.records().get(0).id() + "\"").doesNotContain("hidden-records");
    }

    /** The figure's article on the page. */
    private static String article(String html, String key) {
        int start = html.indexOf("data-key=\"" + key + "\"");
        assertThat(start).as(key).isNotNegative();
        return html.substring(start, html.indexOf("</article>", start));
    }

    @Test
    void everyFigureIsNamedAndDefinedInEveryLanguageAndEveryModuleHasASectionTitle() {
        Locale fallback = languages.fallback();
        for (FigureQueries.ModuleFigures module : figures.ofYear(2021)) {
            for (Locale locale : languages.locales()) {
                assertThat(messages.getMessage("figures.module." + module.module(), null, null, locale)).as(module.module() + " " + locale)
                        .isNotBlank();
            }
            for (Figure figure : module.figures()) {
                String definition = "figure." + figure.key() + ".definition";
                for (Locale locale : languages.locales()) {
                    assertThat(messages.getMessage("figure." + figure.key(), null, null, locale)).as(figure.key() + " " + locale).isNotBlank();
                    assertThat(messages.getMessage(definition, null, null, locale)).as(definition + " " + locale).isNotBlank();
                    if (!locale.equals(fallback)) {
                        assertThat(messages.getMessage(definition, null, locale)).as(definition + " translated into " + locale)
                                .isNotEqualTo(messages.getMessage(definition, null, fallback));
                    }
                }
            }
        }
    }

    @Test
    void theMenuOffersTheFiguresToTheSecretariat() throws Exception {
        assertThat(as(secretary, get("/")).getContentAsString()).contains("href=\"/secretariat/figures\"");
        assertThat(as(applicant, get("/")).getContentAsString()).doesNotContain("/secretariat/figures");
    }

    @Test
    void onlyTheSecretariatReadsTheFiguresPagesAndApi() throws Exception {
        for (String path : List.of("/secretariat/figures", "/secretariat/figures/calls.applications")) {
            assertThat(as(null, get(path)).getRedirectedUrl()).endsWith("/login");
            assertThat(as(applicant, get(path)).getStatus()).isEqualTo(403);
            assertThat(as(secretary, get(path)).getStatus()).isEqualTo(200);
        }
        for (String path : List.of("/api/v1/secretariat/figures", "/api/v1/secretariat/figures/calls.applications/records")) {
            assertThat(as(null, get(path)).getStatus()).isEqualTo(401);
            assertThat(as(applicant, get(path)).getStatus()).isEqualTo(403);
            assertThat(as(secretary, get(path)).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void theApiNamesAndDefinesEachFigureInTheCallersLanguageAndListsTheRecordsAsReferences() throws Exception {
        MockHttpServletResponse response = as(secretary, get("/api/v1/secretariat/figures").param("year", "2021")
                .header("Accept-Language", "zh"));
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.get("year").asInt()).isEqualTo(2021);
        JsonNode calls = null;
        for (JsonNode figure : body.get("figures")) {
            if (figure.get("key").asString().equals("calls.calls")) {
                calls = figure;
            }
        }
        assertThat(calls).isNotNull();
        assertThat(calls.get("name").asString()).isEqualTo("项目征集");
        assertThat(calls.get("definition").asString()).startsWith("申请截止时间");
        assertThat(calls.get("count").asLong()).isEqualTo(figures.figure("calls.calls", 2021).count());
        assertThat(calls.get("recordCount").asInt()).isEqualTo(calls.get("count").asInt());
        assertThat(calls.get("asOf").asString()).isNotBlank();

        JsonNode records = json.readTree(as(secretary, get("/api/v1/secretariat/figures/calls.calls/records").param("year", "2021"))
                .getContentAsString());
        assertThat(records.get("hidden").asLong()).isZero();
        assertThat(records.get("records").get("items")).isNotEmpty().allSatisfy(record -> {
            assertThat(record.get("ref").asString()).startsWith("calls:call:");
            assertThat(record.get("title").asString()).isNotBlank();
            assertThat(record.get("path").asString()).startsWith("/calls/");
        });
    }

    @Test
    void aYearThatIsNotOneIsRefusedWithAMessageInTheReadersLanguage() throws Exception {
        Map<String, String> russian = Map.of("20x1", "Введите целое число.", "0", "Введите год от 1900 до 2100.",
                "99999", "Введите год от 1900 до 2100.");
        for (Map.Entry<String, String> bad : russian.entrySet()) {
            for (String path : List.of("/secretariat/figures", "/secretariat/figures/calls.applications")) {
                MockHttpServletResponse page = as(secretary, get(path).param("year", bad.getKey()).header("Accept-Language", "ru")
                        .locale(Locale.forLanguageTag("ru")));
                assertThat(page.getStatus()).as(path + " " + bad.getKey()).isEqualTo(400);
                assertThat(page.getContentAsString()).contains(bad.getValue()).contains("id=\"year-error\"");
            }
            for (String path : List.of("/api/v1/secretariat/figures", "/api/v1/secretariat/figures/calls.applications/records")) {
                MockHttpServletResponse api = as(secretary, get(path).param("year", bad.getKey()).header("Accept-Language", "ru"));
                assertThat(api.getStatus()).as(path + " " + bad.getKey()).isEqualTo(400);
                assertThat(api.getContentType()).startsWith("application/problem+json");
                assertThat(api.getContentAsString()).contains("\"year\"").contains(bad.getValue());
            }
        }
        // the bounds themselves are years, and the page offers no step beyond them
        String first = as(secretary, get("/secretariat/figures").param("year", "1900")).getContentAsString();
        assertThat(first).contains("year=1901").doesNotContain("year=1899");
        String last = as(secretary, get("/secretariat/figures").param("year", "2100")).getContentAsString();
        assertThat(last).contains("year=2099").doesNotContain("year=2101");
        MockHttpServletResponse badPage = as(secretary, get("/secretariat/figures/calls.applications").param("year", "2021").param("page", "x"));
        assertThat(badPage.getStatus()).isEqualTo(400);
        assertThat(as(secretary, get("/api/v1/secretariat/figures/calls.applications/records").param("page", "x")).getStatus()).isEqualTo(400);
    }

    @Test
    void anUnknownFigureOrPartIsNotFound() throws Exception {
        assertThat(as(secretary, get("/secretariat/figures/calls.nothing").param("year", "2021")).getStatus()).isEqualTo(404);
        assertThat(as(secretary, get("/secretariat/figures/nothing").param("year", "2021")).getStatus()).isEqualTo(404);
        assertThat(as(secretary, get("/secretariat/figures/calls.countries").param("year", "2021").param("part", "XX")).getStatus())
                .isEqualTo(404);
        MockHttpServletResponse api = as(secretary, get("/api/v1/secretariat/figures/calls.nothing/records").param("year", "2021"));
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentType()).startsWith("application/problem+json");
    }
}
