package org.ansoplatform.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A client that is not a configured proxy cannot change its address, host or scheme with forwarding headers. */
class ForwardedHeadersTests extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;

    @Test
    void aClientsForwardedForIsNeitherAuditedNorThrottledAsItsAddress() {
        String email = "forwarded-" + UUID.randomUUID() + "@example.org";
        UUID id = accounts.createActive(email, "Forwarded Person", "correct horse battery", Set.of());
        WebClient client = new WebClient(port);

        client.get("/login");
        client.post("/login", Map.of("email", email, "password", "wrong horse battery"), "X-Forwarded-For", "203.0.113.9");
        assertThat(jdbc.sql("select address from accounts.login_failure where email = :email").param("email", email)
                .query(String.class).list()).containsExactly("127.0.0.1");

        assertThat(client.signIn(email, "correct horse battery", "X-Forwarded-For", "203.0.113.9")).isTrue();
        assertThat(jdbc.sql("select address from activitylog.entry where actor_id = :id and action = 'person.signed-in'")
                .param("id", id).query(String.class).list()).containsExactly("127.0.0.1");
    }

    @Test
    void aClientsForwardedHostAndSchemeDoNotChangeRedirects() {
        HttpResponse<String> answer = new WebClient(port).get("/account",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example")
                .doesNotStartWith("https:");
    }
}
