package org.ansoplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A site once started as a demo and then for real: the demo's accounts lose the published password. */
class DemoPasswordRetiredTests extends IntegrationTest {

    @Autowired InitialAccounts initial;
    @Autowired AccountManagement accounts;
    @Autowired People people;
    @Autowired PasswordEncoder passwords;

    @Test
    void outsideDemoModeAnAccountWithThePublishedPasswordGetsARandomOneAndOthersAreLeftAlone() {
        String demo = "left-demo-" + System.nanoTime() + "@example.org";
        String own = "own-password-" + System.nanoTime() + "@example.org";
        accounts.createActive(demo, "Left Demo", InitialAccounts.DEMO_PASSWORD, Set.of(Role.ADMIN));
        accounts.createActive(own, "Own Password", "a long enough passphrase", Set.of(Role.ADMIN));

        initial.retirePublishedPassword(List.of(demo, own, "nobody-" + System.nanoTime() + "@example.org"));

        Person retired = people.findByEmail(demo).orElseThrow();
        assertThat(passwords.matches(InitialAccounts.DEMO_PASSWORD, retired.passwordHash())).isFalse();
        assertThat(retired.roles()).as("the account itself stays").contains(Role.ADMIN);
        assertThat(passwords.matches("a long enough passphrase", people.findByEmail(own).orElseThrow().passwordHash())).isTrue();
    }

    @Autowired DemoAccounts demoAccounts;

    @Test
    void demoAccountsOtherModulesAddAreRetiredTooOutsideDemoMode() {
        String added = "module-demo-" + System.nanoTime() + "@example.org";
        demoAccounts.ensure(added, "Module Demo", Set.of(Role.APPLICANT));
        assertThat(initial.demoEmails()).contains(added, "admin@example.org", "institute@example.org", "firm@example.org");

        initial.retirePublishedPassword(initial.demoEmails().stream().filter(added::equals).toList());
        assertThat(passwords.matches(InitialAccounts.DEMO_PASSWORD, people.findByEmail(added).orElseThrow().passwordHash())).isFalse();
    }
}
