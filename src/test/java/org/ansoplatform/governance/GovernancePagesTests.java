package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every governance page renders, in English and Chinese, with the demo data from the seeds. */
class GovernancePagesTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired Sessions sessions;
    @Autowired Statutes statutes;
    @Autowired Membership membership;

    String page(String email, String path, Locale locale) throws Exception {
        var request = get(path).locale(locale);
        if (email != null) {
            request = request.with(user(people.loadUserByUsername(email)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void the_public_pages_show_the_seeded_meetings_statutes_and_associations() throws Exception {
        String overview = page(null, "/governance", Locale.ENGLISH);
        assertThat(overview).contains("4th ANSO Governing Board Meeting", "3rd ANSO Governing Board Meeting",
                "2nd ANSO General Assembly", "Prof. BAI Chunli");
        UUID board4 = sessions.list().stream().filter(s -> s.title().startsWith("4th")).findFirst().orElseThrow().id();
        String meeting = page(null, "/governance/sessions/" + board4, Locale.ENGLISH);
        assertThat(meeting).contains("Article 8.3", "Instituto de Astrofísica de Canarias (IAC)", "Online");
        assertThat(page(null, "/governance/sessions/" + board4, Locale.CHINESE)).contains("协商一致通过");
        UUID board3 = sessions.list().stream().filter(s -> s.title().startsWith("3rd")).findFirst().orElseThrow().id();
        assertThat(page(null, "/governance/sessions/" + board3, Locale.ENGLISH)).contains("Postponed the 2nd General Assembly");
        assertThat(page(null, "/governance/statutes", Locale.ENGLISH)).contains("Article 8.3");
        assertThat(page(null, "/governance/statutes/1", Locale.CHINESE)).contains("第 8.3 条");
        assertThat(page(null, "/governance/statutes/compare?from=1&to=1", Locale.ENGLISH)).contains("unchanged");
        UUID amendment = statutes.amendments().stream().filter(a -> a.articleNumber().equals("8.3")).findFirst().orElseThrow().id();
        assertThat(page(null, "/governance/amendments/" + amendment, Locale.ENGLISH)).contains("<ins>", "Endorsed by the Governing Board");
        assertThat(page(null, "/governance/associations", Locale.ENGLISH)).contains("ANSO-RWIT", "ANSO-DRR", "ANSO-APRD",
                "Chengdu Institute of Biology");
    }

    @Test
    void the_role_pages_render_for_their_people() throws Exception {
        assertThat(page("secretariat@example.org", "/secretariat/governance/applications", Locale.ENGLISH))
                .contains("Universiti Tunku Abdul Rahman (UTAR)");
        UUID application = membership.list(Membership.State.ENDORSED).get(0).id();
        assertThat(page("secretariat@example.org", "/secretariat/governance/applications/" + application, Locale.CHINESE))
                .contains("经理事会认可");
        assertThat(page("board@example.org", "/board/applications/" + application, Locale.ENGLISH)).contains("Endorsed");
        assertThat(page("board@example.org", "/board/applications", Locale.ENGLISH)).contains("awaiting the General Assembly");
        page("secretariat@example.org", "/secretariat/governance/sessions", Locale.ENGLISH);
        UUID session = sessions.list().get(0).id();
        assertThat(page("secretariat@example.org", "/secretariat/governance/sessions/" + session, Locale.CHINESE)).contains("记录决定");
        assertThat(page("secretariat@example.org", "/secretariat/governance/delegates", Locale.ENGLISH))
                .contains("Pakistan Academy of Sciences (PAS)");
        page("secretariat@example.org", "/secretariat/governance/amendments/new", Locale.ENGLISH);
        assertThat(page("representative@example.org", "/representative/votes", Locale.ENGLISH))
                .contains("Pakistan Academy of Sciences (PAS)");
        page("applicant@example.org", "/membership", Locale.ENGLISH);
        page("applicant@example.org", "/membership/apply", Locale.CHINESE);
    }

    @Test
    void someone_else_s_application_answers_404_and_a_bad_form_shows_errors_at_the_fields() throws Exception {
        UUID application = membership.list(Membership.State.ENDORSED).get(0).id();
        assertThat(mvc.perform(get("/membership/applications/" + application)
                .with(user(people.loadUserByUsername("applicant@example.org")))).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse refused = mvc.perform(post("/membership/apply").param("legalName", "").param("country", "ZZ")
                .locale(Locale.ENGLISH).with(user(people.loadUserByUsername("applicant@example.org"))).with(csrf()))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("data-error-for=\"legalName\"", "data-error-for=\"country\"");
    }
}
