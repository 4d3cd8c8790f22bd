package org.ansoplatform.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.LinkSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator comes from configuration ({@code anso.admin.email} and {@code anso.admin.password},
 * also as command-line flags); demo accounts, one per role with the documented password, exist only in
 * demo mode. Both are created once and left alone on later starts.
 */
@Component
class InitialAccounts {

    static final String DEMO_PASSWORD = "anso-demo-2026";

    static final Map<String, Set<Role>> DEMO = Map.of(
            "admin@example.org", EnumSet.of(Role.ADMIN),
            "secretariat@example.org", EnumSet.of(Role.SECRETARIAT),
            "applicant@example.org", EnumSet.of(Role.APPLICANT),
            "reviewer@example.org", EnumSet.of(Role.REVIEWER),
            "representative@example.org", EnumSet.of(Role.MEMBER_REPRESENTATIVE),
            "board@example.org", EnumSet.of(Role.BOARD_MEMBER),
            "finance@example.org", EnumSet.of(Role.FINANCE),
            "curator@example.org", EnumSet.of(Role.DATA_CURATOR));

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final AccountManagement accounts;
    private final People people;
    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwords;
    private final DemoAccountStore demoAccounts;
    private final String adminEmail;
    private final String adminPassword;

    InitialAccounts(AccountManagement accounts, People people, DemoMode demoMode, TransactionTemplate transactions,
            PasswordEncoder passwords, @Value("${anso.admin.email:}") String adminEmail,
            @Value("${anso.admin.password:}") String adminPassword, DemoAccountStore demoAccounts) {
        this.demoAccounts = demoAccounts;
        this.passwords = passwords;
        this.accounts = accounts;
        this.people = people;
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void create() {
        transactions.executeWithoutResult(status -> {
            if (!adminEmail.isBlank() && !people.existsByEmail(Emails.normalize(adminEmail))) {
                if (!PasswordPolicy.check("password", adminPassword, adminEmail).isEmpty()) {
                    throw new IllegalStateException("anso.admin.password must be at least " + PasswordPolicy.MIN
                            + " characters and not a common password");
                }
                accounts.createActive(adminEmail, "Administrator", adminPassword, EnumSet.of(Role.ADMIN));
                log.info("Created the first administrator {}", adminEmail);
            }
            if (demoMode.enabled()) {
                DEMO.forEach((email, roles) -> {
                    if (!people.existsByEmail(email)) {
                        String name = "Demo " + roles.iterator().next().name().toLowerCase().replace('_', ' ');
                        accounts.createActive(email, name, DEMO_PASSWORD, roles);
                    }
                });
            } else {
                retirePublishedPassword(DEMO.keySet());
            }
        });
    }

    /** The built-in demo accounts and those other modules' demos added ({@link DemoAccounts}). */
    java.util.Set<String> demoEmails() {
        java.util.Set<String> emails = new java.util.TreeSet<>(DEMO.keySet());
        emails.addAll(demoAccounts.emails());
        return emails;
    }

    /**
     * A site started once as a demo and then for real keeps the demo's accounts, whose password is published:
     * outside demo mode each of them that still has it gets a random one (the account and its history stay;
     * an administrator can give it a new owner through a password reset).
     */
    void retirePublishedPassword(Collection<String> emails) {
        for (String email : emails) {
            people.findByEmail(email)
                    .filter(person -> person.passwordHash() != null && passwords.matches(DEMO_PASSWORD, person.passwordHash()))
                    .ifPresent(person -> {
                        person.changePassword(passwords.encode(LinkSecrets.newSecret()));
                        people.save(person);
                        log.warn("Demo mode is off, but the demo account {} still had the published demo password: "
                                + "it has been replaced by a random one", email);
                    });
        }
    }
}
