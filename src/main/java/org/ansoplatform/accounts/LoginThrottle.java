package org.ansoplatform.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database so that every node sees them. An email with too many recent
 * failures is locked for a while (whether or not an account has that email, so the lock reveals
 * nothing); an address with many more is throttled, which slows password spraying across accounts.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxPerEmail;
    private final int maxPerAddress;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${anso.login.max-failures-per-email:5}") int maxPerEmail,
            @Value("${anso.login.max-failures-per-address:50}") int maxPerAddress,
            @Value("${anso.login.lockout:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerEmail = maxPerEmail;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    boolean isBlocked(String email, String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        long byEmail = jdbc.sql("select count(*) from accounts.login_failure where email = :email and at > :since")
                .param("email", email).param("since", since).query(Long.class).single();
        if (byEmail >= maxPerEmail) {
            return true;
        }
        if (address == null) {
            return false;
        }
        long byAddress = jdbc.sql("select count(*) from accounts.login_failure where address = :address and at > :since")
                .param("address", address).param("since", since).query(Long.class).single();
        return byAddress >= maxPerAddress;
    }

    void recordFailure(String email, String address) {
        Instant now = clock.instant();
        jdbc.sql("insert into accounts.login_failure (email, address, at) values (:email, :address, :at)")
                .param("email", email).param("address", address).param("at", Timestamp.from(now)).update();
        jdbc.sql("delete from accounts.login_failure where at < :before")
                .param("before", Timestamp.from(now.minus(window.multipliedBy(4)))).update();
    }

    void clear(String email) {
        jdbc.sql("delete from accounts.login_failure where email = :email").param("email", email).update();
    }

    Duration window() {
        return window;
    }
}
