package org.ansoplatform.accounts.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The accounts pages' place in the menu and which of them need no sign-in. */
@Configuration(proxyBeanMethods = false)
class AccountsWeb {

    @Bean
    AccessRule accountsPublicPages() {
        return AccessRule.open("/login", "/register", "/register/sent", "/verify", "/verify/resend", "/password/forgot",
                "/password/forgot/sent", "/password/reset", "/invitation");
    }

    @Bean
    MenuEntry accountMenuEntry() {
        return new MenuEntry(Menu.ACCOUNT, "nav.account", "/account", 10);
    }

    @Bean
    MenuEntry tokensMenuEntry() {
        return new MenuEntry(Menu.ACCOUNT, "nav.tokens", "/account/tokens", 90);
    }

    @Bean
    MenuEntry peopleMenuEntry() {
        return new MenuEntry(Menu.ADMIN, "nav.admin.people", "/admin/people", 10);
    }
}
