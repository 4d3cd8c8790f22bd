package org.ansoplatform.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;

/** Where the CSRF token lives: a cookie without a session, the session once there is one, never lost in between. */
class SessionOrCookieCsrfTokenRepositoryTests {

    private final SessionOrCookieCsrfTokenRepository repository = new SessionOrCookieCsrfTokenRepository();

    @Test
    void withoutASessionTheTokenGoesToAnHttpOnlyCookieAndNoSessionIsCreated() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        CsrfToken token = repository.generateToken(request);
        repository.saveToken(token, request, response);
        assertThat(request.getSession(false)).isNull();
        Cookie cookie = response.getCookie(SessionOrCookieCsrfTokenRepository.COOKIE);
        assertThat(cookie.getValue()).isEqualTo(token.getToken());
        assertThat(cookie.isHttpOnly()).isTrue();
    }

    @Test
    void aFormRenderedBeforeASessionAppearedStillCarriesAValidToken() {
        MockHttpServletRequest first = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        CsrfToken token = repository.generateToken(first);
        repository.saveToken(token, first, response);

        MockHttpServletRequest later = new MockHttpServletRequest();
        later.setCookies(response.getCookie(SessionOrCookieCsrfTokenRepository.COOKIE));
        later.getSession(true);
        assertThat(repository.loadToken(later).getToken()).isEqualTo(token.getToken());
    }

    @Test
    void withASessionTheSessionsTokenWinsAndClearingRemovesBoth() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie(SessionOrCookieCsrfTokenRepository.COOKIE, "stale"));
        request.getSession(true);
        CsrfToken token = repository.generateToken(request);
        repository.saveToken(token, request, new MockHttpServletResponse());
        assertThat(repository.loadToken(request).getToken()).isEqualTo(token.getToken());

        MockHttpServletResponse cleared = new MockHttpServletResponse();
        repository.saveToken(null, request, cleared);
        assertThat(cleared.getCookie(SessionOrCookieCsrfTokenRepository.COOKIE).getMaxAge()).isZero();
        request.setCookies();
        assertThat(repository.loadToken(request)).isNull();
    }
}
