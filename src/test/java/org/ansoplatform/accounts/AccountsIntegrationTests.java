package org.ansoplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RecordApplicationEvents
class AccountsIntegrationTests extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    org.ansoplatform.platform.ProofOfWork proofOfWork;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoginThrottle throttle;
    @Autowired
    AccountManagement management;
    @Autowired
    ApplicationEvents events;
    @Autowired
    AccountQueries queries;
    @Autowired
    UserDetailsService users;

    static String newEmail() {
        return "person" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    }

    /** The message shown next to a form field (the page is HTML5, not XML, so no XPath). */
    static org.springframework.test.web.servlet.ResultMatcher fieldError(String field, String text) {
        return result -> {
            var matcher = java.util.regex.Pattern.compile("id=\"" + field + "-error\"[^>]*>([^<]*)<")
                    .matcher(result.getResponse().getContentAsString());
            assertThat(matcher.find()).as("an error next to " + field).isTrue();
            assertThat(matcher.group(1)).contains(text);
        };
    }

    MockHttpServletRequestBuilder registration(String email, String password) {
        return post("/register").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork)).param("email", email).param("displayName", "Amina Diallo")
                .param("password", password).param("passwordConfirmation", password);
    }

    long people() {
        return jdbc.sql("select count(*) from accounts.person").query(Long.class).single();
    }

    @Test
    void registrationSendsAVerificationLinkThatActivatesTheAccountOnce() throws Exception {
        String email = newEmail();
        mvc.perform(registration(email, "correct horse battery")).andExpect(redirectedUrl("/register/sent"));
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "correct horse battery"))
                .andExpect(redirectedUrl("/login?error=unverified"));

        String body = Mail.awaitBody(email, "Verify");
        String token = Mail.token(body);
        mvc.perform(get(Mail.path(body))).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(token)));
        mvc.perform(post("/verify").with(csrf()).param("token", token)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(csrf()).param("email", email.toUpperCase()).param("password", "correct horse battery"))
                .andExpect(redirectedUrl("/dashboard"));

        mvc.perform(post("/verify").with(csrf()).param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("already been used")));
    }

    @Test
    void duplicateEmailCreatesNothingAndAnswersLikeANewRegistration() throws Exception {
        long before = people();
        mvc.perform(registration("Applicant@Example.org", "correct horse battery"))
                .andExpect(redirectedUrl("/register/sent"));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void weakPasswordIsRefusedInTheUsersLanguage() throws Exception {
        long before = people();
        mvc.perform(registration(newEmail(), "short").header("Accept-Language", "zh"))
                .andExpect(status().is(422))
                .andExpect(fieldError("password", "至少"));
        mvc.perform(registration(newEmail(), "password123"))
                .andExpect(fieldError("password", "too easy to guess"));
        mvc.perform(registration("not-an-email", "correct horse battery"))
                .andExpect(fieldError("email", "valid email"));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void emailedAccountEventsCarryThePagesTheyLinkTo() {
        String email = newEmail();
        UUID id = management.register(email, "Linked Person", "correct horse battery", "en");
        EmailVerificationRequested verification = events.stream(EmailVerificationRequested.class)
                .filter(e -> e.personId().equals(id)).findFirst().orElseThrow();
        assertThat(verification.path()).startsWith("/verify?token=");
        assertThat(verification.toString()).doesNotContain(verification.path());

        management.requestPasswordReset(email);
        PasswordResetRequested reset = events.stream(PasswordResetRequested.class)
                .filter(e -> e.personId().equals(id)).findFirst().orElseThrow();
        assertThat(reset.path()).startsWith("/password/reset?token=");
        String token = java.net.URLDecoder.decode(reset.path().substring("/password/reset?token=".length()),
                java.nio.charset.StandardCharsets.UTF_8);
        management.resetPassword(token, "another long passphrase");
        assertThat(events.stream(PasswordChanged.class).filter(e -> e.personId().equals(id)))
                .singleElement().extracting(PasswordChanged::path).isEqualTo("/password/forgot");
    }

    @Test
    void registrationWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        long before = people();
        mvc.perform(post("/register").param("email", newEmail()).param("displayName", "X")
                .param("password", "correct horse battery").param("passwordConfirmation", "correct horse battery"))
                .andExpect(status().isForbidden());
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void passwordResetLinkWorksOnceAndExpires() throws Exception {
        String email = newEmail();
        mvc.perform(registration(email, "correct horse battery"));
        Mail.awaitBody(email, "Verify");

        mvc.perform(post("/password/forgot").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork)).param("email", email)).andExpect(redirectedUrl("/password/forgot/sent"));
        String token = Mail.token(Mail.awaitBody(email, "Reset"));
        mvc.perform(post("/password/reset").with(csrf()).param("token", token)
                .param("password", "a new long passphrase").param("passwordConfirmation", "a new long passphrase"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "a new long passphrase"))
                .andExpect(redirectedUrl("/dashboard"));
        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(content().string(Matchers.containsString("already been used")));

        mvc.perform(post("/password/forgot").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork)).param("email", email));
        String second = await().atMost(Duration.ofSeconds(20)).until(() -> Mail.token(Mail.awaitBody(email, "Reset")), t -> !t.equals(token));
        clock.advance(AccountManagement.RESET_VALIDITY.plusMinutes(1));
        mvc.perform(post("/password/reset").with(csrf()).param("token", second)
                .param("password", "yet another passphrase").param("passwordConfirmation", "yet another passphrase"))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("expired")));
    }

    @Test
    void resetRequestForAnUnknownEmailRevealsNothing() throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork)).param("email", "nobody-" + UUID.randomUUID() + "@example.net"))
                .andExpect(redirectedUrl("/password/forgot/sent"));
    }

    @Test
    void repeatedFailedSignInsLockTheEmailForAWhile() throws Exception {
        String email = "reviewer@example.org";
        try {
            for (int i = 0; i < 5; i++) {
                mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "wrong password " + i))
                        .andExpect(redirectedUrl("/login?error=bad"));
            }
            mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "anso-demo-2026"))
                    .andExpect(redirectedUrl("/login?error=locked"));
            clock.advance(throttle.window().plusMinutes(1));
            mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "anso-demo-2026"))
                    .andExpect(redirectedUrl("/dashboard"));
        } finally {
            // the failures stay recent for the next tests, whose clock starts again from now
            jdbc.sql("delete from accounts.login_failure where email = ?").param(email).update();
        }
    }

    @Test
    void apiTokenIsShownOnceStoredHashedAndRevocable() throws Exception {
        var applicant = users.loadUserByUsername("applicant@example.org");
        String json = mvc.perform(post("/api/v1/me/tokens").with(user(applicant)).with(csrf())
                        .contentType("application/json").content("{\"name\":\"report script\",\"scope\":\"READ_WRITE\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String secret = json.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String id = json.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(secret).startsWith("anso_");
        assertThat(jdbc.sql("select count(*) from accounts.api_token where token_hash = ? or prefix = ?")
                .params(secret, secret).query(Long.class).single()).isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value("applicant@example.org"))
                .andExpect(jsonPath("$.roles[0]").value("APPLICANT"));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(jsonPath("$[0].name").value("report script"))
                .andExpect(content().string(Matchers.not(Matchers.containsString(secret))));

        var reviewer = users.loadUserByUsername("reviewer@example.org");
        mvc.perform(delete("/api/v1/me/tokens/" + id).with(user(reviewer)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + secret)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void bearerTokenDoesNotGrantAdministrationToANonAdministrator() throws Exception {
        var applicant = users.loadUserByUsername("applicant@example.org");
        String json = mvc.perform(post("/api/v1/me/tokens").with(user(applicant)).with(csrf())
                .contentType("application/json").content("{\"name\":\"x\",\"scope\":\"READ\"}")).andReturn().getResponse().getContentAsString();
        String secret = json.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/admin/people").header("Authorization", "Bearer " + secret)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer anso_forged")).andExpect(status().isUnauthorized());
    }

    @Test
    void administratorGrantsARoleThatTakesEffectInTheSameSession() throws Exception {
        String email = newEmail();
        mvc.perform(registration(email, "correct horse battery"));
        mvc.perform(post("/verify").with(csrf()).param("token", Mail.token(Mail.awaitBody(email, "Verify"))));
        var session = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "correct horse battery"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/secretariat/activity").cookie(session)).andExpect(status().isForbidden());

        UUID id = queries.idOf(email).orElseThrow();
        var admin = users.loadUserByUsername("admin@example.org");
        mvc.perform(post("/admin/people/" + id + "/roles").with(user(admin)).with(csrf()).param("role", "SECRETARIAT"))
                .andExpect(redirectedUrl("/admin/people/" + id));
        assertThat(queries.person(id).orElseThrow().roles()).containsExactly(Role.SECRETARIAT);

        mvc.perform(get("/secretariat/activity").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void administratorInvitesAPersonWhoSetsAPassword() throws Exception {
        String email = newEmail();
        var admin = users.loadUserByUsername("admin@example.org");
        mvc.perform(post("/admin/people/invite").with(user(admin)).with(csrf()).param("email", email)
                .param("displayName", "Li Wei").param("roles", "REVIEWER").param("language", "zh"));
        String body = Mail.awaitBody(email, "ANSO");
        assertThat(body).contains("受邀加入");
        mvc.perform(post("/invitation").with(csrf()).param("token", Mail.token(body))
                .param("password", "a long reviewer phrase").param("passwordConfirmation", "a long reviewer phrase"))
                .andExpect(redirectedUrl("/login"));
        assertThat(queries.person(queries.idOf(email).orElseThrow()).orElseThrow().roles()).containsExactly(Role.REVIEWER);
    }

    @Test
    void nonAdministratorCannotGrantRoles() throws Exception {
        UUID id = queries.idOf("applicant@example.org").orElseThrow();
        var secretariat = users.loadUserByUsername("secretariat@example.org");
        mvc.perform(post("/admin/people/" + id + "/roles").with(user(secretariat)).with(csrf()).param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(queries.person(id).orElseThrow().roles()).containsExactly(Role.APPLICANT);
    }
}
