package org.ansoplatform.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.ApiTokenScope;
import org.ansoplatform.platform.ForbiddenException;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a token-authenticated call to its token's scope, before any role is looked at: a read token only reads
 * the API, a read-and-write token uses the API, a metrics token reads the metrics and nothing else.
 */
class TokenScopeFilter extends OncePerRequestFilter {

    static final String PROMETHEUS = "/actuator/prometheus";

    private final ProblemDetailSecurityHandlers problems;

    TokenScopeFilter(ProblemDetailSecurityHandlers problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ApiTokenScope scope = authentication == null ? null : ApiTokenScope.of(authentication.getAuthorities());
        if (scope != null && !allows(scope, request)) {
            problems.forbidden(request, response, new ForbiddenException("problem.tokenScope." + scope.name()));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean allows(ApiTokenScope scope, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(PROMETHEUS)) {
            return scope == ApiTokenScope.METRICS;
        }
        if (!path.startsWith("/api/")) {
            return false;
        }
        return switch (scope) {
            case READ -> HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
            case READ_WRITE -> true;
            case METRICS -> false;
        };
    }
}
