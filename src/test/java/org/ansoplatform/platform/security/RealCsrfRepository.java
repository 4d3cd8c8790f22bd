package org.ansoplatform.platform.security;

import jakarta.servlet.Filter;

import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Puts the platform's own CSRF token store back into the shared test context. MockMvc's {@code csrf()} swaps
 * the singleton {@link CsrfFilter}'s store for a session-based test store and never swaps it back, so any test
 * over real HTTP that runs after a MockMvc test would otherwise exercise Spring's test double, not the cookie
 * the platform keeps for anonymous forms.
 */
public final class RealCsrfRepository {

    private RealCsrfRepository() {
    }

    public static void restore(FilterChainProxy proxy) {
        for (var chain : proxy.getFilterChains()) {
            for (Filter filter : chain.getFilters()) {
                if (filter instanceof CsrfFilter csrf
                        && !(ReflectionTestUtils.getField(csrf, "tokenRepository") instanceof SessionOrCookieCsrfTokenRepository)) {
                    ReflectionTestUtils.setField(csrf, "tokenRepository", new SessionOrCookieCsrfTokenRepository());
                }
            }
        }
    }
}
