package org.ansoplatform.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.ApiTokenScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator's own filter chain, for machines: health is public, the Prometheus scrape needs a bearer token,
 * either the configured {@code anso.metrics.token} (a scraper that belongs to no person) or a personal API token
 * of the metrics scope whose owner is an administrator. No session is read and none is made, so an anonymous
 * scrape answers 401 with {@code WWW-Authenticate} instead of the login page, and a signed-in browser gets no
 * metrics from its cookie.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    /** The authority of the configured scraper's token. */
    static final String SCRAPER = "METRICS_SCRAPER";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager authenticationManager,
            ProblemDetailSecurityHandlers problems, @Value("${anso.metrics.token:}") String configuredToken) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(TokenScopeFilter.PROMETHEUS).access((authentication, context) ->
                                new AuthorizationDecision(mayScrape(authentication.get())))
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> { })
                .addFilterBefore(new ScrapeTokenFilter(authenticationManager, problems, configuredToken), AuthorizationFilter.class)
                .addFilterBefore(new TokenScopeFilter(problems), AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    static boolean mayScrape(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        List<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return authorities.contains(SCRAPER)
                || authorities.contains(ApiTokenScope.METRICS.authority()) && authorities.contains("ROLE_ADMIN");
    }

    /** Reads the bearer token: the configured scraper's, else a personal API token; a wrong one is refused at once. */
    static class ScrapeTokenFilter extends OncePerRequestFilter {

        private final AuthenticationManager authenticationManager;
        private final ProblemDetailSecurityHandlers problems;
        private final byte[] configured;

        ScrapeTokenFilter(AuthenticationManager authenticationManager, ProblemDetailSecurityHandlers problems, String configuredToken) {
            this.authenticationManager = authenticationManager;
            this.problems = problems;
            this.configured = configuredToken == null || configuredToken.isBlank() ? null : sha256(configuredToken.strip());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication presented = new BearerTokenConverter().convert(request);
            String header = request.getHeader("Authorization");
            if (presented == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                chain.doFilter(request, response);
                return;
            }
            String token = String.valueOf(presented.getCredentials());
            try {
                // digests compared in constant time, so that timing tells nothing of the configured token
                Authentication authentication = configured != null && MessageDigest.isEqual(configured, sha256(token))
                        ? UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null, List.of(new SimpleGrantedAuthority(SCRAPER)))
                        : authenticationManager.authenticate(new PreAuthenticatedAuthenticationToken(token, token));
                SecurityContextHolder.getContext().setAuthentication(authentication);
            } catch (AuthenticationException e) {
                problems.invalidToken(request, response, e);
                return;
            }
            chain.doFilter(request, response);
        }

        private static byte[] sha256(String text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
