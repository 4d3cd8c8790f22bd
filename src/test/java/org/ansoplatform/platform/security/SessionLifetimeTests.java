package org.ansoplatform.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How long a session lives, and that one session takes parallel requests. */
class SessionLifetimeTests extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;

    private WebClient signedIn(Role role) {
        String email = "lifetime-" + UUID.randomUUID() + "@example.org";
        accounts.createActive(email, "Session Holder", "correct horse battery", Set.of(role));
        WebClient client = new WebClient(port);
        assertThat(client.signIn(email, "correct horse battery")).isTrue();
        client.get("/account");
        return client;
    }

    private int idleSeconds(WebClient client) {
        return jdbc.sql("""
                select s.max_inactive_interval from platform.spring_session s
                where s.principal_name = (select principal_name from platform.spring_session where session_id = :id)""")
                .param("id", sessionId(client)).query(Integer.class).single();
    }

    private static String sessionId(WebClient client) {
        return new String(java.util.Base64.getDecoder().decode(client.cookie("SESSION")));
    }

    /** Moves a session's last request back in time, as if it had been idle that long. */
    private void idle(WebClient client, Duration idle) {
        jdbc.sql("update platform.spring_session set last_access_time = last_access_time - :ms, expiry_time = expiry_time - :ms where session_id = :id")
                .param("ms", idle.toMillis()).param("id", sessionId(client)).update();
    }

    @Test
    void administratorsAndTheSecretariatAreSignedOutAfterThirtyIdleMinutesOthersAfterTwoHours() {
        WebClient admin = signedIn(Role.ADMIN);
        WebClient secretariat = signedIn(Role.SECRETARIAT);
        WebClient applicant = signedIn(Role.APPLICANT);
        assertThat(idleSeconds(admin)).isEqualTo(30 * 60);
        assertThat(idleSeconds(secretariat)).isEqualTo(30 * 60);
        assertThat(idleSeconds(applicant)).isEqualTo(2 * 60 * 60);

        idle(admin, Duration.ofMinutes(31));
        idle(applicant, Duration.ofMinutes(31));
        assertThat(admin.get("/account").statusCode()).isEqualTo(302);
        assertThat(applicant.get("/account").statusCode()).isEqualTo(200);
        idle(applicant, Duration.ofMinutes(121));
        assertThat(applicant.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
        WebClient applicant = signedIn(Role.APPLICANT);
        clock.advance(Duration.ofHours(11).plusMinutes(50));
        assertThat(applicant.get("/account").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(11));
        HttpResponse<String> after = applicant.get("/account");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void parallelRequestsInOneSessionAllSucceed() throws Exception {
        String email = "parallel-" + UUID.randomUUID() + "@example.org";
        UUID person = accounts.createActive(email, "Parallel Person", "correct horse battery", Set.of(Role.APPLICANT));
        WebClient applicant = new WebClient(port);
        assertThat(applicant.signIn(email, "correct horse battery")).isTrue();
        applicant.get("/account/tokens");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (int round = 0; round < 4; round++) {
                List<Callable<Integer>> requests = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    // each revocation commits its own write, then adds a flash message to the shared session
                    UUID token = accounts.createApiToken(person, "parallel " + round + "-" + i).id();
                    requests.add(() -> applicant.post("/account/tokens/" + token + "/revoke", Map.of()).statusCode());
                }
                for (Future<Integer> answer : pool.invokeAll(requests)) {
                    assertThat(answer.get()).isEqualTo(302);
                }
                applicant.get("/account/tokens");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
