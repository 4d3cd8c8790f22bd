package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No page and no export shows a date in the US short style ("10/13/21"), in any configured language: the pages an
 * administrator of the Secretariat reaches from the main lists, followed link by link, are scanned (issue 16, item 6).
 */
class DateStyleTests extends IntegrationTest {

    private static final Pattern US_SHORT = Pattern.compile("(?<![\\d/])\\d{1,2}/\\d{1,2}/\\d{2,4}(?![\\d/])");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*(?:\\?[^\"#]*)?)\"");
    private static final List<String> SEEDS = List.of("/", "/meetings", "/calls", "/directory", "/governance",
            "/secretariat/activity", "/secretariat/calls", "/admin/people", "/messages", "/statistics", "/panels");
    private static final int PAGES_PER_LANGUAGE = 30;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    Languages languages;

    @Test
    void noPageOrExportShowsAUsShortDateInAnyLanguage() throws Exception {
        Someone staff = Someone.register(accounts, "Date Reader", "ADMIN", "SECRETARIAT");
        List<String> found = new ArrayList<>();
        for (Locale language : languages.locales()) {
            Deque<String> queue = new ArrayDeque<>(SEEDS);
            Set<String> seen = new LinkedHashSet<>(SEEDS);
            int visited = 0;
            while (!queue.isEmpty() && visited < PAGES_PER_LANGUAGE) {
                String path = queue.poll().replace("&amp;", "&");
                MockHttpServletResponse response = mvc.perform(get(path).locale(language)
                        .header("Accept-Language", language.toLanguageTag()).with(staff.signedIn())).andReturn().getResponse();
                if (response.getStatus() != 200 || response.getContentType() == null
                        || !(response.getContentType().startsWith("text/html") || response.getContentType().startsWith("text/csv"))) {
                    continue;
                }
                visited++;
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                Matcher us = US_SHORT.matcher(body.replaceAll("(?s)<script.*?</script>|href=\"[^\"]*\"|src=\"[^\"]*\"", ""));
                while (us.find()) {
                    found.add(language + " " + path + ": " + us.group());
                }
                Matcher link = LINK.matcher(body);
                while (link.find()) {
                    String next = link.group(1);
                    if (!next.matches(".*(logout|\\.xlsx|\\.pdf|\\.ics|/files/|/documents/).*") && !next.startsWith("/webjars")
                            && !next.startsWith("/css") && !next.startsWith("/js") && seen.size() < 2000 && seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
            assertThat(visited).as("pages read in " + language).isGreaterThan(20);
        }
        assertThat(found).isEmpty();
    }
}
