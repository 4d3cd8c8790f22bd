package org.ansoplatform.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The glossary's acronyms proposed from the directory: members and partners whose names end in their abbreviation,
 * read through the figures; the editors add the ones they choose, and choosing none is refused next to the list.
 */
class AnnualReportGlossaryTests extends IntegrationTest {

    static final String SECRETARIAT = "secretariat@example.org";

    @Autowired AnnualReportManagement management;
    @Autowired AnnualReportQueries queries;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;

    @Test
    void theDirectoryProposesAcronymsAndTheEditorsAddTheOnesTheyChoose() throws Exception {
        UUID id = AnnualReportFixtures.as(people.loadUserByUsername(SECRETARIAT), () -> management.createDraft(2046));
        String editor = page(SECRETARIAT, "/secretariat/annual-report/2046");
        assertThat(editor).as("a member of the demo directory").contains("value=\"CAS\"").contains("Chinese Academy of Sciences")
                .as("a partner").contains("value=\"UNESCO\"");

        MockHttpServletResponse none = mvc.perform(post("/secretariat/annual-report/editions/" + id + "/glossary/proposals")
                .with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(none.getContentAsString(StandardCharsets.UTF_8), "terms")).isEqualTo("Choose at least one acronym to add.");
        assertThat(queries.content(id).orElseThrow().glossary()).isEmpty();

        MockHttpServletResponse stranger = mvc.perform(post("/secretariat/annual-report/editions/" + id + "/glossary/proposals")
                .param("terms", "CAS").with(user(people.loadUserByUsername("applicant@example.org"))).with(csrf())).andReturn().getResponse();
        assertThat(stranger.getStatus()).isEqualTo(403);
        assertThat(queries.content(id).orElseThrow().glossary()).isEmpty();

        MockHttpServletResponse chosen = mvc.perform(post("/secretariat/annual-report/editions/" + id + "/glossary/proposals")
                .param("terms", "CAS").param("terms", "NOT-PROPOSED").with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf()))
                .andReturn().getResponse();
        assertThat(chosen.getStatus()).isEqualTo(302);
        assertThat(queries.content(id).orElseThrow().glossary()).singleElement().satisfies(entry -> {
            assertThat(entry.term()).isEqualTo("CAS");
            assertThat(entry.expansion()).containsEntry("en", "Chinese Academy of Sciences");
            assertThat(entry.origin()).isEqualTo("DIRECTORY");
        });
        assertThat(page(SECRETARIAT, "/secretariat/annual-report/2046")).as("no longer proposed once kept").doesNotContain("value=\"CAS\"");
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).locale(Locale.ENGLISH).with(user(people.loadUserByUsername(who)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
