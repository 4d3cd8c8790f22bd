package org.ansoplatform.review.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reviewer pool and panels are the Secretariat's; reviewers answer invitations and declare conflicts. */
@Configuration(proxyBeanMethods = false)
class PanelsWeb {

    /** Role rules come before public ones, so the open reading of calls does not open this. */
    @Bean
    AccessRule assignmentNeedsTheSecretariat() {
        return AccessRule.role("SECRETARIAT", null, "/api/v1/calls/*/assignment");
    }

    @Bean
    MenuEntry reviewerPoolMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "review.panels.nav.pool", "/secretariat/review/reviewers", 70);
    }

    @Bean
    MenuEntry panelsMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "review.panels.nav.panels", "/secretariat/review/panels", 71);
    }

    @Bean
    MenuEntry reviewerPanelsMenuEntry() {
        return new MenuEntry(Menu.REVIEWER, "review.panels.nav.myPanels", "/reviewer/panels", 10);
    }

    @Bean
    MenuEntry reviewerProfileMenuEntry() {
        return new MenuEntry(Menu.REVIEWER, "review.panels.nav.profile", "/reviewer/profile", 90);
    }
}
