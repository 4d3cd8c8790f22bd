package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A delegate the Secretariat appoints can vote at once, without an administrator; ending the appointment ends that. */
class DelegateAppointmentTests extends IntegrationTest {

    static final String CAS = "Chinese Academy of Sciences (CAS)";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired OrganizationQueries organizations;
    @Autowired DelegateQueries delegates;

    MockHttpServletResponse as(String email, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.locale(Locale.ENGLISH).with(user(people.loadUserByUsername(email))).with(csrf()))
                .andReturn().getResponse();
    }

    @Test
    void aDelegateAppointedByTheSecretariatCanVoteAtOnceAndNoLongerOnceTheAppointmentEnds() throws Exception {
        UUID cas = organizations.search(new OrganizationQueries.Filter(CAS, null, null, null), new PageRequest(0, 5))
                .items().stream().filter(o -> o.name().equals(CAS)).findFirst().orElseThrow().id();
        assertThat(as("board@example.org", get("/representative/votes")).getStatus()).isEqualTo(403);

        MockHttpServletResponse appointed = as("secretariat@example.org", post("/secretariat/governance/delegates")
                .param("email", "board@example.org").param("organizationId", cas.toString()));
        assertThat(appointed.getRedirectedUrl()).isEqualTo("/secretariat/governance/delegates");

        MockHttpServletResponse votes = as("board@example.org", get("/representative/votes"));
        assertThat(votes.getStatus()).isEqualTo(200);
        assertThat(votes.getContentAsString(StandardCharsets.UTF_8)).contains(CAS);

        UUID appointment = delegates.current().stream().filter(d -> d.email().equals("board@example.org")).findFirst()
                .orElseThrow().id();
        as("secretariat@example.org", post("/secretariat/governance/delegates/" + appointment + "/end"));
        assertThat(as("board@example.org", get("/representative/votes")).getStatus()).isEqualTo(403);
    }

    @Test
    void appointingSomeoneWithoutAnAccountSaysSoNextToTheEmailAndChangesNothing() throws Exception {
        UUID cas = organizations.search(new OrganizationQueries.Filter(CAS, null, null, null), new PageRequest(0, 5))
                .items().stream().filter(o -> o.name().equals(CAS)).findFirst().orElseThrow().id();
        int before = delegates.current().size();
        MockHttpServletResponse refused = as("secretariat@example.org", post("/secretariat/governance/delegates")
                .param("email", "nobody-" + UUID.randomUUID() + "@example.net").param("organizationId", cas.toString()));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("No account has this email");
        assertThat(delegates.current()).hasSize(before);
    }
}
