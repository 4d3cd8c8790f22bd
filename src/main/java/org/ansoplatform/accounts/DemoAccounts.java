package org.ansoplatform.accounts;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.DemoMode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts that other modules' demos need (a research institute's representative, a firm's), with the published
 * demo password, only in demo mode. Accounts keep the password and the list: outside demo mode every account listed
 * here that still has that password gets a random one ({@link InitialAccounts}), as the built-in demo accounts do.
 */
@Service
@Transactional
public class DemoAccounts {

    private final AccountManagement accounts;
    private final People people;
    private final DemoAccountStore store;
    private final DemoMode demoMode;
    private final Clock clock;

    DemoAccounts(AccountManagement accounts, People people, DemoAccountStore store, DemoMode demoMode, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.store = store;
        this.demoMode = demoMode;
        this.clock = clock;
    }

    /** The demo account of {@code email}, created active with the published password the first time. */
    public UUID ensure(String email, String displayName, Set<Role> roles) {
        if (!demoMode.enabled()) {
            throw new IllegalStateException("Demo accounts exist only in demo mode");
        }
        String normalized = Emails.normalize(email);
        UUID id = people.findByEmail(normalized).map(Person::id)
                .orElseGet(() -> accounts.createActive(normalized, displayName, InitialAccounts.DEMO_PASSWORD, roles));
        store.add(normalized, clock.instant());
        return id;
    }
}
