package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every governance page that names a session gives its date and time in the session's zone, marked for the reader's. */
class SessionDatesTests extends IntegrationTest {

    static final String BOARD4_TIME = "2021-10-09 15:00 (Asia/Shanghai)";
    static final String BOARD4_INSTANT = "datetime=\"2021-10-09T07:00:00Z\"";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired SessionQueries sessions;

    String page(String email, String path) throws Exception {
        var request = get(path).locale(Locale.ENGLISH);
        if (email != null) {
            request = request.with(user(people.loadUserByUsername(email)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    UUID board4() {
        return sessions.list().stream().filter(s -> s.title().startsWith("4th ANSO Governing Board")).findFirst()
                .orElseThrow().id();
    }

    @Test
    void everyGovernancePageShowsItsSessionsDateAndTimeInItsZoneAndForTheReader() throws Exception {
        UUID board4 = board4();
        for (String[] visit : new String[][] {{null, "/governance"}, {null, "/governance/sessions/" + board4},
                {"secretariat@example.org", "/secretariat/governance/sessions"},
                {"secretariat@example.org", "/secretariat/governance/sessions/" + board4}}) {
            String html = page(visit[0], visit[1]);
            assertThat(html).as(visit[1]).contains(BOARD4_TIME, BOARD4_INSTANT);
            assertThat(html).as(visit[1] + " marks the time for app.js to add the reader's").contains("data-local");
        }
    }
}
