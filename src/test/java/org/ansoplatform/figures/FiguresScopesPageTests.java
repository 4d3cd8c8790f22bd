package org.ansoplatform.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.shared.FigureScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 24: the figures page lists, per module, the scopes its figures may be narrowed to, with their names. */
class FiguresScopesPageTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    FigureQueries figures;

    @Test
    void eachModulesScopesOfTheYearAreListedUnderItsFigures() throws Exception {
        Someone secretary = Someone.register(accounts, "Scopes Secretary", "SECRETARIAT");
        Map<String, List<FigureScope.Choice>> scopes = figures.scopes(2021);
        assertThat(scopes).as("CropWatch runs in 2021").containsKey("projects");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
            MockHttpServletResponse page = mvc.perform(get("/secretariat/figures").param("year", "2021").param("lang", locale.getLanguage())
                    .with(secretary.signedIn())).andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(200);
            String html = page.getContentAsString();
            scopes.forEach((module, choices) -> {
                assertThat(html).contains("data-module=\"" + module + "\"");
                FigureScope.Choice first = choices.get(0);
                assertThat(html).contains("<code>" + FiguresPagesTests.escaped(first.scope().toString()) + "</code>")
                        .contains(FiguresPagesTests.escaped(first.label().in(locale)));
            });
        }
    }
}
