package org.ansoplatform.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.funds.FundManagement;
import org.ansoplatform.finance.plans.BudgetPlanManagement;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Finance's pages in every configured language, with names in several scripts: each page answers in the reader's
 * language (no message left unresolved, a title of its own in each language) and shows the names as entered.
 */
class FinanceLanguagesTests extends IntegrationTest {

    private static final Pattern H1 = Pattern.compile("<h1[^>]*>([^<]*)</h1>");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired Languages languages;
    @Autowired FundManagement funds;
    @Autowired BudgetPlanManagement plans;

    @Test
    void everyFinancePageSpeaksEachLanguageAndShowsNamesInEveryScript() throws Exception {
        String code = "scripts-" + UUID.randomUUID().toString().substring(0, 6);
        funds.create(code, new LocalizedText(Map.of("en", "Fund of Nguyễn Văn Thành", "zh", "张伟基金", "ru", "Фонд Ивана Петрова",
                "es", "Fondo de Nguyễn Văn Thành", "fr", "Fonds de Nguyễn Văn Thành")), FundKind.RESTRICTED, "training",
                LocalizedText.of("Given by محمد علی for trainings.", "محمد علی 捐赠，用于培训。"));
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        lines.put("training", new BigDecimal("12345.67"));
        UUID plan = plans.draft(2009, lines, "Prepared by Иван Петров and 张伟.", false);

        List<String> pages = List.of("/finance?year=2021", "/finance/ledger?year=2021", "/finance/rates", "/finance/ledger/import",
                "/finance/plans", "/finance/plans/" + plan, "/finance/plans/new", "/finance/funds", "/finance/funds/" + code);
        Map<String, Map<String, String>> titles = new LinkedHashMap<>();
        for (String language : languages.tags()) {
            for (String path : pages) {
                String html = mvc.perform(get(path).param("lang", language).with(user(people.loadUserByUsername("finance@example.org"))))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(html).as(language + " " + path).contains("lang=\"" + language + "\"").doesNotContain("??");
                Matcher h1 = H1.matcher(html);
                assertThat(h1.find()).as(language + " " + path).isTrue();
                titles.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(language, h1.group(1).strip());
            }
            String fund = page("/finance/funds/" + code, language);
            assertThat(fund).contains(language.equals("zh") ? "张伟基金" : language.equals("ru") ? "Фонд Ивана Петрова" : "Nguyễn Văn Thành")
                    .contains("محمد علی");
            assertThat(page("/finance/plans/" + plan, language)).contains("Prepared by Иван Петров and 张伟.");
        }
        // a page's title differs between languages, except where it is a name or a year the reader entered
        titles.forEach((path, byLanguage) -> {
            if (!path.startsWith("/finance/funds/" + code)) {
                assertThat(byLanguage.values()).as(path).doesNotHaveDuplicates();
            }
        });
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language).with(user(people.loadUserByUsername("finance@example.org"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
