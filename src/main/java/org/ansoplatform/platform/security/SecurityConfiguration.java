package org.ansoplatform.platform.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.PrincipalRefresher;

/**
 * One filter chain for pages and API. Path prefixes carry the role a page needs ({@code /admin/**} is
 * ADMIN, {@code /secretariat/**} SECRETARIAT, ...); modules open their public paths, or ask a role for
 * others, with {@link AccessRule} beans; anything else needs a signed-in person. API calls authenticate with the session or a bearer token, and
 * bearer calls need no CSRF token because a browser never adds that header by itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = {"/", "/about"};

    /** Path prefixes that carry a role, for pages and for the API. */
    static final Map<String, String> ROLE_PREFIXES = Map.of(
            "admin", "ADMIN", "secretariat", "SECRETARIAT", "reviewer", "REVIEWER",
            "representative", "MEMBER_REPRESENTATIVE", "board", "BOARD_MEMBER");

    static final String[] STATIC = {"/webjars/**", "/vendor/**", "/css/**", "/js/**", "/images/**", "/favicon.ico"};

    /**
     * No observation per security filter, authentication and authorization: they cost about a tenth of an API
     * call's processor time. Requests are still observed as a whole (http.server.requests).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The strict firewall, checking header characters without a regular expression (see HeaderCharacters). */
    @Bean
    static WebSecurityCustomizer firewall() {
        return web -> web.httpFirewall(HeaderCharacters.firewall());
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            ObjectProvider<PrincipalRefresher> refresher, ProblemDetailSecurityHandlers problems,
            List<AccessRule> moduleRules, List<org.ansoplatform.platform.CsrfExemption> csrfExemptions,
            java.time.Clock clock) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        // a token authenticates API calls only, never a page (the metrics have their own chain, ActuatorSecurity)
        RequestMatcher bearer = request -> {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && api.matches(request);
        };

        AuthenticationFilter bearerFilter = new AuthenticationFilter(authenticationManager, new BearerTokenConverter());
        bearerFilter.setRequestMatcher(bearer);
        bearerFilter.setSuccessHandler((request, response, authentication) -> {
            // continue down the chain: a bearer call is authenticated for this request only
        });
        bearerFilter.setFailureHandler(problems::invalidToken);

        LoginUrlAuthenticationEntryPoint pageEntryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        AccessDeniedHandlerImpl pageDenied = new AccessDeniedHandlerImpl();

        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                            .requestMatchers(STATIC).permitAll()
                            .requestMatchers(PUBLIC_PAGES).permitAll()
                            .requestMatchers("/error", "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    // prefixes first, so that no module rule can open a path under a role's prefix
                    ROLE_PREFIXES.forEach((prefix, role) -> requests
                            .requestMatchers("/" + prefix + "/**", "/api/v1/" + prefix + "/**").hasRole(role));
                    moduleRules.stream().filter(rule -> !rule.isPublic()).forEach(rule -> requests
                            .requestMatchers(rule.method(), rule.patterns().toArray(String[]::new)).hasAnyRole(rule.roles().toArray(String[]::new)));
                    moduleRules.stream().filter(AccessRule::isPublic).forEach(rule -> requests
                            .requestMatchers(rule.method(), rule.patterns().toArray(String[]::new)).permitAll());
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/dashboard", false)
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()).ignoringRequestMatchers(bearer)
                        .ignoringRequestMatchers(exempt(csrfExemptions)))
                // the page to return to after signing in is kept in a cookie, a relative path only, not in a session
                .requestCache(cache -> cache.requestCache(new org.springframework.security.web.savedrequest.CookieRequestCache()))
                .addFilterBefore(bearerFilter, BasicAuthenticationFilter.class)
                .addFilterBefore(new TokenScopeFilter(problems), RequestCacheAwareFilter.class)
                .addFilterBefore(new SessionLifetimeFilter(clock),
                        org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter.class)
                .addFilterAfter(new PrincipalRefreshFilter(refresher), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> {
                            if (api.matches(request)) {
                                problems.unauthenticated(request, response, e);
                            } else {
                                pageEntryPoint.commence(request, response, e);
                            }
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            if (api.matches(request)) {
                                problems.forbidden(request, response, e);
                            } else {
                                pageDenied.handle(request, response, e);
                            }
                        }))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    /** The POSTs modules exempt from CSRF (RFC 8058 one-click unsubscribe), matched exactly on their patterns. */
    private static RequestMatcher exempt(List<org.ansoplatform.platform.CsrfExemption> exemptions) {
        List<RequestMatcher> matchers = exemptions.stream().flatMap(e -> e.postPatterns().stream())
                .map(pattern -> (RequestMatcher) org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher
                        .withDefaults().matcher(org.springframework.http.HttpMethod.POST, pattern))
                .toList();
        return request -> matchers.stream().anyMatch(matcher -> matcher.matches(request));
    }
}
