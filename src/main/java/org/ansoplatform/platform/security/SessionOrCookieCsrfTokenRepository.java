package org.ansoplatform.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token in the session when there is one, and otherwise in a cookie, so that an anonymous page
 * with a form (sign in, register, reset, a meeting's registration) stores no session row: before, every
 * anonymous page view did (decision 66).
 *
 * <p>A token is read from the session first and from the cookie next: a session can appear between rendering
 * a form and posting it (another tab asked for a page that needs a sign-in, so the request to return to was
 * remembered), and the form rendered with the cookie's token must still be accepted. Signing in replaces the
 * token and clears both places. The cookie is HTTP-only and same-site; forms carry a masked copy.
 */
class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    static final String COOKIE = "anso-csrf";
    static final String HEADER = "X-CSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokenRepository() {
        cookie.setCookieName(COOKIE);
        // one header name in both stores: pages announce it (meta tags, htmx) from the token they render, and a
        // token read back from the cookie must be looked for under that name, or anonymous API calls are refused
        session.setHeaderName(HEADER);
        cookie.setHeaderName(HEADER);
        cookie.setCookieCustomizer(c -> c.sameSite("Lax").path("/").httpOnly(true));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            session.saveToken(null, request, response);
            if (request.getCookies() != null && cookie.loadToken(request) != null) {
                cookie.saveToken(null, request, response);
            }
        } else if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken inSession = request.getSession(false) != null ? session.loadToken(request) : null;
        return inSession != null ? inSession : cookie.loadToken(request);
    }
}
