package org.ansoplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A token does what its scope allows, until it expires, on the API only, and never makes more tokens. */
class ApiTokenScopeTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountManagement accounts;

    private UserDetails person(Role... roles) {
        String email = "scoped-" + UUID.randomUUID() + "@example.org";
        accounts.createActive(email, "Scoped Person", "correct horse battery", Set.of(roles));
        return users.loadUserByUsername(email);
    }

    private String token(UserDetails owner, String json) throws Exception {
        String answer = mvc.perform(post("/api/v1/me/tokens").with(user(owner)).with(csrf())
                        .contentType("application/json").content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return answer.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static String bearer(String secret) {
        return "Bearer " + secret;
    }

    @Test
    void aReadTokenReadsButWritesNothing() throws Exception {
        UserDetails owner = person(Role.APPLICANT);
        String read = token(owner, "{\"name\":\"reader\",\"scope\":\"READ\"}");
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(read))).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(owner.getUsername()));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", bearer(read)))
                .andExpect(jsonPath("$[0].scope").value("READ"));
        String other = token(owner, "{\"name\":\"other\",\"scope\":\"READ_WRITE\"}");
        String otherId = mvc.perform(get("/api/v1/me/tokens").header("Authorization", bearer(other)))
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\",\"name\":\"other\".*", "$1");
        mvc.perform(delete("/api/v1/me/tokens/" + otherId).header("Authorization", bearer(read)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("read")));
        mvc.perform(delete("/api/v1/me/tokens/" + otherId).header("Authorization", bearer(other)))
                .andExpect(status().isNoContent());
    }

    @Test
    void noTokenCreatesTokens() throws Exception {
        UserDetails owner = person(Role.APPLICANT);
        String readWrite = token(owner, "{\"name\":\"script\",\"scope\":\"READ_WRITE\"}");
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer(readWrite))
                        .contentType("application/json").content("{\"name\":\"offspring\",\"scope\":\"READ_WRITE\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/me/tokens").with(user(owner)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("offspring"))));
    }

    @Test
    void tokensAuthenticateNoHtmlPage() throws Exception {
        UserDetails owner = person(Role.APPLICANT);
        String readWrite = token(owner, "{\"name\":\"script\",\"scope\":\"READ_WRITE\"}");
        for (String page : new String[] {"/account", "/account/tokens", "/"}) {
            mvc.perform(get(page).header("Authorization", bearer(readWrite)))
                    .andExpect(content().string(Matchers.not(Matchers.containsString(owner.getUsername()))));
        }
        mvc.perform(get("/account").header("Authorization", bearer(readWrite))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/tokens").header("Authorization", bearer(readWrite)).param("name", "via page"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAMetricsTokenReadsMetricsAndItReadsNothingElse() throws Exception {
        UserDetails admin = person(Role.ADMIN);
        String metrics = token(admin, "{\"name\":\"prometheus\",\"scope\":\"METRICS\"}");
        String readWrite = token(admin, "{\"name\":\"script\",\"scope\":\"READ_WRITE\"}");
        mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(metrics))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(metrics))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(readWrite))).andExpect(status().isForbidden());
    }

    @Test
    void aMetricsTokenOfSomeoneWhoIsNoAdministratorReadsNoMetrics() throws Exception {
        // anyone may make a token of the metrics scope; only an administrator's reads the platform's figures
        String applicants = token(person(Role.APPLICANT), "{\"name\":\"curious\",\"scope\":\"METRICS\"}");
        mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(applicants))).andExpect(status().isForbidden());
    }

    @Test
    void aTokenStopsWorkingWhenItExpires() throws Exception {
        UserDetails owner = person(Role.APPLICANT);
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        String expiring = token(owner, "{\"name\":\"short-lived\",\"scope\":\"READ\",\"expiresOn\":\"" + tomorrow + "\"}");
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(expiring))).andExpect(status().isOk());
        clock.advance(Duration.ofDays(2));
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(expiring))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me/tokens").with(user(owner)))
                .andExpect(jsonPath("$[0].expiresOn").value(tomorrow.toString()))
                .andExpect(jsonPath("$[0].active").value(false));
    }

    @Test
    void aScopeOrExpiryThatMakesNoSenseIsRefusedWithAReason() throws Exception {
        UserDetails owner = person(Role.APPLICANT);
        String yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1).toString();
        mvc.perform(post("/api/v1/me/tokens").with(user(owner)).with(csrf()).contentType("application/json")
                        .content("{\"name\":\"old\",\"scope\":\"READ\",\"expiresOn\":\"" + yesterday + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(Matchers.containsString("expiresOn")));
        mvc.perform(post("/account/tokens").with(user(owner)).with(csrf()).header("Accept-Language", "zh")
                        .param("name", "old").param("scope", "READ").param("expiresOn", yesterday))
                .andExpect(status().is(422))
                .andExpect(AccountsIntegrationTests.fieldError("expiresOn", "日期"));
        mvc.perform(get("/api/v1/me/tokens").with(user(owner))).andExpect(content().string("[]"));
    }

    @Test
    void aTokenMadeOnTheAccountPageCarriesTheChosenScopeAndExpiry() throws Exception {
        UserDetails owner = person(Role.APPLICANT);
        String nextMonth = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusMonths(1).toString();
        mvc.perform(post("/account/tokens").with(user(owner)).with(csrf())
                        .param("name", "page token").param("scope", "READ").param("expiresOn", nextMonth))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("anso_")))
                .andExpect(content().string(Matchers.containsString(nextMonth)));
        mvc.perform(get("/api/v1/me/tokens").with(user(owner)))
                .andExpect(jsonPath("$[0].scope").value("READ")).andExpect(jsonPath("$[0].expiresOn").value(nextMonth));
    }
}
