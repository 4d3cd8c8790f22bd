package org.ansoplatform.governance.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Sessions, decisions, the Statutes and the associations are public; applying needs an account; voting needs
 * a member representative; running applications, sessions and votes is the Secretariat's.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceWeb {

    @Bean
    AccessRule governanceIsPublic() {
        return AccessRule.openForGet("/governance", "/governance/**", "/api/v1/governance/**", "/api/v1/statutes",
                "/api/v1/statutes/**", "/api/v1/amendments", "/api/v1/amendments/**", "/api/v1/associations",
                "/api/v1/associations/**");
    }

    @Bean
    AccessRule votingNeedsARepresentative() {
        return AccessRule.role("MEMBER_REPRESENTATIVE", HttpMethod.POST, "/api/v1/motions/*/ballots",
                "/api/v1/motions/*/proxies");
    }

    @Bean
    MenuEntry governanceMenuEntry() {
        return new MenuEntry(Menu.PUBLIC, "governance.nav.governance", "/governance", 60);
    }

    @Bean
    MenuEntry membershipMenuEntry() {
        return new MenuEntry(Menu.PERSONAL, "governance.nav.membership", "/membership", 60);
    }

    @Bean
    MenuEntry applicationsMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "governance.nav.applications", "/secretariat/governance/applications", 60);
    }

    @Bean
    MenuEntry sessionsMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "governance.nav.sessions", "/secretariat/governance/sessions", 61);
    }

    @Bean
    MenuEntry delegatesMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "governance.nav.delegates", "/secretariat/governance/delegates", 62);
    }

    @Bean
    MenuEntry votesMenuEntry() {
        return new MenuEntry(Menu.REPRESENTATIVE, "governance.nav.votes", "/representative/votes", 60);
    }

    @Bean
    MenuEntry boardApplicationsMenuEntry() {
        return new MenuEntry(Menu.BOARD, "governance.nav.boardApplications", "/board/applications", 60);
    }
}
