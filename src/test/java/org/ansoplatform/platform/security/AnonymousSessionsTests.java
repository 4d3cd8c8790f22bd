package org.ansoplatform.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.FilterChainProxy;

/**
 * A visitor who only reads stores nothing: no session row for an anonymous page view, even of a page with a
 * form (issue 13, item 10). The form's CSRF token then lives in a cookie, and keeps working when a session
 * appears in between.
 */
class AnonymousSessionsTests extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;

    @Autowired
    FilterChainProxy securityFilters;

    @BeforeEach
    void platformsOwnCsrfStore() {
        RealCsrfRepository.restore(securityFilters);
    }

    private List<String> publicPages() {
        List<String> pages = new ArrayList<>(List.of("/", "/about", "/login", "/register", "/password/forgot",
                "/password/reset?token=nonsense", "/verify?token=nonsense", "/invitation?token=nonsense", "/referee?token=nonsense",
                "/calls", "/meetings", "/directory", "/governance", "/no-such-page", "/login?error", "/?signedOut"));
        jdbc.sql("select id from meetings.meeting order by start_date limit 3").query(UUID.class).list()
                .forEach(id -> pages.add("/meetings/" + id));
        jdbc.sql("select id from calls.call limit 2").query(UUID.class).list().forEach(id -> pages.add("/calls/" + id));
        jdbc.sql("select id from organizations.organization limit 2").query(UUID.class).list()
                .forEach(id -> pages.add("/directory/" + id));
        return pages;
    }

    @Test
    void readingPublicPagesAnonymouslyCreatesNoSession() {
        WebClient visitor = new WebClient(port);
        for (String page : publicPages()) {
            HttpResponse<String> response = visitor.get(page);
            assertThat(response.statusCode()).as(page).isLessThan(500);
            assertThat(response.headers().allValues("Set-Cookie")).as(page).noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        assertThat(visitor.cookie("SESSION")).isNull();
    }

    @Test
    void aPageThatNeedsASignInRemembersItselfInACookieAndTheSignInReturnsThere() {
        String email = "return-" + UUID.randomUUID() + "@example.org";
        accounts.createActive(email, "Returning Reader", "correct horse battery", Set.of(Role.APPLICANT));
        WebClient visitor = new WebClient(port);
        HttpResponse<String> asked = visitor.get("/account/tokens");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(visitor.cookie("SESSION")).isNull();
        visitor.get("/login");
        assertThat(visitor.cookie("SESSION")).isNull();
        HttpResponse<String> signedIn = visitor.post("/login", Map.of("email", email, "password", "correct horse battery"));
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/account/tokens");
        assertThat(visitor.cookie("SESSION")).isNotNull();
        assertThat(visitor.get("/account/tokens").statusCode()).isEqualTo(200);
    }

    @Test
    void anAnonymousApiCallSendsThePagesTokenInTheHeaderThePageNames() {
        UUID meeting = jdbc.sql("select id from meetings.meeting where published order by start_date desc limit 1")
                .query(UUID.class).single();
        WebClient visitor = new WebClient(port);
        String page = visitor.get("/meetings/" + meeting).body();
        String header = page.replaceAll("(?s).*name=\"_csrf_header\" content=\"([^\"]+)\".*", "$1");
        String token = page.replaceAll("(?s).*name=\"_csrf\" content=\"([^\"]+)\".*", "$1");
        HttpResponse<String> answer = visitor.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/meetings/" + meeting + "/registrations"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")), header, token);
        // past the CSRF check: the empty registration is refused for what it lacks, not as a forgery
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(visitor.cookie("SESSION")).isNull();
    }

    @Test
    void aPostWithoutTheCookiesTokenIsRefused() {
        WebClient visitor = new WebClient(port);
        visitor.get("/register");
        WebClient stranger = new WebClient(port);
        HttpResponse<String> answer = stranger.post("/login", Map.of("email", "x@example.org", "password", "x",
                "_csrf", visitor.csrf()));
        assertThat(answer.statusCode()).isEqualTo(403);
    }
}
