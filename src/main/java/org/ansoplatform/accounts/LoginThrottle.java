package org.ansoplatform.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database so that every node sees them. An email with too many recent
 * failures is locked for a while (whether or not an account has that email, so the lock reveals
 * nothing); an address with many more is throttled, which slows password spraying across accounts.
 */
@Component
class LoginThrottle {

    private final LoginFailureStore failures;
    private final Clock clock;
    private final int maxPerEmail;
    private final int maxPerAddress;
    private final Duration window;

    LoginThrottle(LoginFailureStore failures, Clock clock,
            @Value("${anso.login.max-failures-per-email:5}") int maxPerEmail,
            @Value("${anso.login.max-failures-per-address:50}") int maxPerAddress,
            @Value("${anso.login.lockout:PT15M}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.maxPerEmail = maxPerEmail;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    boolean isBlocked(String email, String address) {
        Instant since = clock.instant().minus(window);
        if (failures.countByEmail(email, since) >= maxPerEmail) {
            return true;
        }
        if (address == null) {
            return false;
        }
        return failures.countByAddress(address, since) >= maxPerAddress;
    }

    void recordFailure(String email, String address) {
        Instant now = clock.instant();
        failures.record(email, address, now, now.minus(window.multipliedBy(4)));
    }

    void clear(String email) {
        failures.clear(email);
    }

    Duration window() {
        return window;
    }
}
