package org.ansoplatform.meetings.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The catalogue, calendar, feeds and certificate verification are public; so is registering (a visitor needs
 * no account) and managing one's registration through the secret link that was emailed. Keeping the catalogue
 * is the Secretariat's, under its prefix.
 */
@Configuration(proxyBeanMethods = false)
class MeetingsWeb {

    @Bean
    AccessRule meetingsArePublic() {
        return AccessRule.openForGet("/meetings", "/meetings/**", "/api/v1/meetings", "/api/v1/meetings/**");
    }

    @Bean
    AccessRule visitorsRegister() {
        return new AccessRule(HttpMethod.POST, null, java.util.List.of("/meetings/*/register",
                "/meetings/registration/cancel", "/api/v1/meetings/*/registrations"));
    }

    @Bean
    MenuEntry meetingsMenuEntry() {
        return new MenuEntry(Menu.PUBLIC, "meetings.nav.public", "/meetings", 60);
    }

    @Bean
    MenuEntry meetingsAdminMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "meetings.nav.secretariat", "/secretariat/meetings", 60);
    }

    @Bean
    MenuEntry meetingStatisticsMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "meetings.nav.statistics", "/secretariat/meetings/statistics", 61);
    }
}
