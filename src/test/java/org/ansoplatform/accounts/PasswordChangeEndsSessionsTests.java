package org.ansoplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.platform.security.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A new password shuts out whoever held the old one: their sessions at once, their tokens on a reset or on request. */
class PasswordChangeEndsSessionsTests extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountManagement accounts;
    @Autowired
    org.ansoplatform.platform.ProofOfWork proofOfWork;

    private String newPerson() {
        String email = "sessions-" + UUID.randomUUID() + "@example.org";
        accounts.createActive(email, "Many Sessions", "correct horse battery", Set.of(Role.APPLICANT));
        return email;
    }

    private int apiStatus(String token) {
        return new WebClient(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + token)).statusCode();
    }

    private static String token(WebClient client, String name) {
        client.get("/account/tokens");
        String page = client.post("/account/tokens", Map.of("name", name, "scope", "READ")).body();
        return page.replaceAll("(?s).*class=\"secret\">(anso_[^<]+)<.*", "$1");
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionAndOnRequestTheTokens() {
        String email = newPerson();
        WebClient here = new WebClient(port);
        WebClient elsewhere = new WebClient(port);
        WebClient third = new WebClient(port);
        assertThat(here.signIn(email, "correct horse battery")).isTrue();
        assertThat(elsewhere.signIn(email, "correct horse battery")).isTrue();
        assertThat(third.signIn(email, "correct horse battery")).isTrue();
        String kept = token(here, "kept");
        assertThat(apiStatus(kept)).isEqualTo(200);

        here.get("/account");
        assertThat(here.post("/account/password", Map.of("currentPassword", "correct horse battery",
                "newPassword", "a new long passphrase", "newPasswordConfirmation", "a new long passphrase"))
                .statusCode()).isEqualTo(302);

        assertThat(here.get("/account").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(302);
        assertThat(apiStatus(kept)).isEqualTo(200);

        assertThat(third.signIn(email, "a new long passphrase")).isTrue();
        third.get("/account");
        assertThat(third.post("/account/password", Map.of("currentPassword", "a new long passphrase",
                "newPassword", "yet another passphrase", "newPasswordConfirmation", "yet another passphrase",
                "revokeTokens", "true")).statusCode()).isEqualTo(302);
        assertThat(here.get("/account").statusCode()).isEqualTo(302);
        assertThat(third.get("/account").statusCode()).isEqualTo(200);
        assertThat(apiStatus(kept)).isEqualTo(401);
    }

    @Test
    void aPasswordResetEndsEverySessionAndRevokesEveryToken() {
        String email = newPerson();
        WebClient signedIn = new WebClient(port);
        assertThat(signedIn.signIn(email, "correct horse battery")).isTrue();
        String token = token(signedIn, "script");
        assertThat(apiStatus(token)).isEqualTo(200);

        WebClient forgetful = new WebClient(port);
        forgetful.get("/password/forgot");
        forgetful.post("/password/forgot", Map.of("email", email, "altcha", ProofOfWorkSolver.solution(proofOfWork)));
        String path = Mail.path(Mail.awaitBody(email, "Reset"));
        forgetful.get(path);
        String secret = java.net.URLDecoder.decode(path.replaceFirst(".*token=", ""), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(forgetful.post("/password/reset", Map.of("token", secret, "password", "a new long passphrase",
                "passwordConfirmation", "a new long passphrase")).statusCode()).isEqualTo(302);

        assertThat(signedIn.get("/account").statusCode()).isEqualTo(302);
        assertThat(apiStatus(token)).isEqualTo(401);
    }
}
