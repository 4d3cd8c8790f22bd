package org.ansoplatform.accounts;

import java.util.Map;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.PrincipalRefresher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

/** How people prove who they are: passwords (Argon2id) with lockout, and personal API tokens. */
@Configuration(proxyBeanMethods = false)
class AccountsSecurityConfiguration {

    /** Argon2id for new hashes; the prefix in each stored hash lets a later default take over gradually. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    UserDetailsService userDetailsService(People people) {
        return email -> people.findByEmail(Emails.normalize(email)).map(PersonDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such person"));
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            ApiTokenStore tokens, People people, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // the account's state only after the password matched: a wrong password on an unverified or disabled
        // account must answer exactly like one on an unknown email, or the answer tells which emails have accounts
        passwords.setPreAuthenticationChecks(user -> {
        });
        passwords.setPostAuthenticationChecks(new org.springframework.security.authentication.AccountStatusUserDetailsChecker());
        ProviderManager manager = new ProviderManager(
                new ThrottledPasswordProvider(passwords, throttle),
                new ApiTokenProvider(tokens));
        manager.setAuthenticationEventPublisher(new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    PrincipalRefresher principalRefresher(People people) {
        return current -> {
            if (!(current.getPrincipal() instanceof PersonDetails details)) {
                return current;
            }
            return people.findById(details.id())
                    .filter(person -> person.status() == PersonStatus.ACTIVE)
                    .map(PersonDetails::new)
                    .map(fresh -> {
                        fresh.eraseCredentials();
                        if (fresh.sameAs(details)) {
                            return current;
                        }
                        UsernamePasswordAuthenticationToken refreshed =
                                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
                        refreshed.setDetails(current.getDetails());
                        return (Authentication) refreshed;
                    })
                    .orElse(null);
        };
    }

    @Bean
    SignInRecorder signInRecorder(LoginThrottle throttle, ApplicationEventPublisher events, CurrentActor actor,
            TransactionTemplate transactions) {
        return new SignInRecorder(throttle, events, actor, transactions);
    }

    /** Clears the failure count and records the sign-in; only password sign-ins, not each API call. */
    static class SignInRecorder {
        private final LoginThrottle throttle;
        private final ApplicationEventPublisher events;
        private final CurrentActor actor;
        private final TransactionTemplate transactions;

        SignInRecorder(LoginThrottle throttle, ApplicationEventPublisher events, CurrentActor actor,
                TransactionTemplate transactions) {
            this.throttle = throttle;
            this.events = events;
            this.actor = actor;
            this.transactions = transactions;
        }

        @EventListener
        void on(AuthenticationSuccessEvent success) {
            if (success.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                    && token.getPrincipal() instanceof PersonDetails person) {
                transactions.executeWithoutResult(status -> {
                    throttle.clear(person.email());
                    var who = actor.get();
                    events.publishEvent(new SignedIn(person.id(),
                            new org.ansoplatform.shared.Actor(person.id(), person.email(), who.address(), who.at())));
                });
            }
        }
    }

    /** Refuses sign-in while an email or address is locked, and counts each failure. */
    static class ThrottledPasswordProvider implements org.springframework.security.authentication.AuthenticationProvider {
        private final DaoAuthenticationProvider delegate;
        private final LoginThrottle throttle;

        ThrottledPasswordProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
            this.delegate = delegate;
            this.throttle = throttle;
        }

        @Override
        public Authentication authenticate(Authentication authentication) throws AuthenticationException {
            String email = Emails.normalize(String.valueOf(authentication.getPrincipal()));
            if (email.length() > 320 || !org.ansoplatform.platform.TextInput.singleLine(email)) {
                // no account has such an address, and it could not even be counted as a failure
                throw new BadCredentialsException("not an email address");
            }
            String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress() : null;
            if (throttle.isBlocked(email, address)) {
                throw new LockedException("too many failed sign-ins");
            }
            try {
                return delegate.authenticate(authentication);
            } catch (BadCredentialsException e) {
                throttle.recordFailure(email, address);
                throw e;
            }
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return delegate.supports(authentication);
        }
    }

    /** Bearer tokens: the platform's filter hands them over as pre-authenticated tokens. */
    static class ApiTokenProvider implements org.springframework.security.authentication.AuthenticationProvider {
        private final ApiTokenStore tokens;

        ApiTokenProvider(ApiTokenStore tokens) {
            this.tokens = tokens;
        }

        @Override
        public Authentication authenticate(Authentication authentication) throws AuthenticationException {
            ApiTokenStore.Use use = tokens.use(String.valueOf(authentication.getCredentials()))
                    .orElseThrow(() -> new BadCredentialsException("invalid API token"));
            var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(use.person().getAuthorities());
            authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(use.scope().authority()));
            return new PreAuthenticatedAuthenticationToken(use.person(), null, authorities);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return PreAuthenticatedAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
