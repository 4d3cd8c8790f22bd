package org.ansoplatform.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.ansoplatform.platform.PrincipalRefresher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/** Applies role changes and disabled accounts to sessions that are already signed in. */
class PrincipalRefreshFilter extends OncePerRequestFilter {

    private final ObjectProvider<PrincipalRefresher> refresher;
    private volatile PrincipalRefresher resolved;

    PrincipalRefreshFilter(ObjectProvider<PrincipalRefresher> refresher) {
        this.refresher = refresher;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        PrincipalRefresher available;
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)
                && !bearer(request) && (available = refresher()) != null) {
            Authentication fresh = available.refresh(current);
            if (fresh == null) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (fresh != current) {
                SecurityContextHolder.setContext(new SecurityContextImpl(fresh));
            }
        }
        chain.doFilter(request, response);
    }

    /** Looked up once: a bean lookup by type on every request costs more than the refresh itself. */
    private PrincipalRefresher refresher() {
        PrincipalRefresher found = resolved;
        if (found == null) {
            found = refresher.getIfAvailable();
            resolved = found;
        }
        return found;
    }

    /** A bearer call's person was read from the database for this very request: nothing to refresh. */
    private static boolean bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
