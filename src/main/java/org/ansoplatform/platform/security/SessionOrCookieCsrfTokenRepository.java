package org.ansoplatform.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token in the session when there is one (a signed-in person), and otherwise in a cookie, so that an
 * anonymous page with a form (sign in, register, reset) needs no session: without this every anonymous page view
 * stored a session row. The cookie is HTTP-only and same-site; the form's copy is masked per response as before.
 */
class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokenRepository() {
        cookie.setCookieCustomizer(c -> c.sameSite("Lax").path("/"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            session.saveToken(null, request, response);
            cookie.saveToken(null, request, response);
        } else if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? session.loadToken(request) : cookie.loadToken(request);
    }
}
