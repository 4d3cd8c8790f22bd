package org.ansoplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;

import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Nothing a stranger can do tells them whether an email has an account. */
class AccountEnumerationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.ansoplatform.platform.ProofOfWork proofOfWork;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;

    private String signIn(String email, String password) throws Exception {
        try {
            return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                    .andReturn().getResponse().getRedirectedUrl();
        } finally {
            jdbc.sql("delete from accounts.login_failure where email = :email").param("email", email).update();
        }
    }

    @Test
    void aWrongPasswordOnAnUnverifiedOrDisabledAccountAnswersLikeAnUnknownEmail() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.net";
        String unverified = "unverified-" + UUID.randomUUID() + "@example.net";
        accounts.register(unverified, "Not Yet Verified", "correct horse battery", "en");
        String disabled = "disabled-" + UUID.randomUUID() + "@example.net";
        UUID disabledId = accounts.register(disabled, "Switched Off", "correct horse battery", "en");
        jdbc.sql("update accounts.person set status = 'DISABLED' where id = :id").param("id", disabledId).update();

        String answer = signIn(unknown, "wrong horse battery");
        assertThat(answer).isEqualTo("/login?error=bad");
        assertThat(signIn(unverified, "wrong horse battery")).isEqualTo(answer);
        assertThat(signIn(disabled, "wrong horse battery")).isEqualTo(answer);
        // only whoever knows the password learns why the account cannot sign in yet
        assertThat(signIn(unverified, "correct horse battery")).isEqualTo("/login?error=unverified");
    }

    @Test
    void registeringAKnownEmailAnswersLikeANewRegistrationAndTellsTheOwnerByEmail() throws Exception {
        String email = "owner-" + UUID.randomUUID() + "@example.net";
        accounts.register(email, "Rightful Owner", "correct horse battery", "en");
        long people = jdbc.sql("select count(*) from accounts.person").query(Long.class).single();

        String fresh = mvc.perform(post("/register").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork)).param("email", "new-" + UUID.randomUUID() + "@example.net")
                        .param("displayName", "Someone New").param("password", "correct horse battery")
                        .param("passwordConfirmation", "correct horse battery"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/register").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork)).param("email", email.toUpperCase())
                        .param("displayName", "Impostor").param("password", "another long passphrase")
                        .param("passwordConfirmation", "another long passphrase"))
                .andExpect(redirectedUrl(fresh));

        assertThat(jdbc.sql("select count(*) from accounts.person").query(Long.class).single()).isEqualTo(people + 1);
        String body = Mail.awaitBody(email, "tried to register");
        assertThat(body).contains("Rightful Owner").contains("/password/forgot");
        assertThat(jdbc.sql("select display_name from accounts.person where email = :email").param("email", email)
                .query(String.class).single()).isEqualTo("Rightful Owner");
    }
}
