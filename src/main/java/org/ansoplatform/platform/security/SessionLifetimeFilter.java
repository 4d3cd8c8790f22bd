package org.ansoplatform.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a signed-in session lives: 30 idle minutes for administrators and the Secretariat, whose sessions can
 * do the most harm on an unattended screen, 2 hours for everyone else, and never more than 12 hours after sign-in
 * however busy. The idle limit is the session's own timeout (kept in the session store, so every node applies it);
 * the absolute one is checked here against the sign-in time kept in the session.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final Duration PRIVILEGED_IDLE = Duration.ofMinutes(30);
    static final Duration IDLE = Duration.ofHours(2);
    static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Set<String> PRIVILEGED = Set.of("ROLE_ADMIN", "ROLE_SECRETARIAT");
    static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";

    private final Clock clock;

    SessionLifetimeFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            long now = clock.millis();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (now - signedInAt > ABSOLUTE.toMillis()) {
                // signed out, and this request goes on as anonymous: a page then asks to sign in, the API answers 401
                session.invalidate();
                SecurityContextHolder.clearContext();
                chain.doFilter(request, response);
                return;
            }
            int idle = (int) (privileged(authentication) ? PRIVILEGED_IDLE : IDLE).toSeconds();
            if (session.getMaxInactiveInterval() != idle) {
                session.setMaxInactiveInterval(idle);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean privileged(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(PRIVILEGED::contains);
    }
}
