package org.ansoplatform.partnerships.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches the Technology Transfer Platform: everyone reads what is published (pages and API); any signed-in person
 * reaches {@code /me/technology} (what they may do there depends on whom they represent); the Secretariat's pages are
 * under its prefix.
 */
@Configuration(proxyBeanMethods = false)
class TechnologyWeb {

    static final String PUBLIC = org.ansoplatform.partnerships.TechnologyPaths.PUBLIC, MINE = "/me/technology", SECRETARIAT = "/secretariat/technology",
            API = "/api/v1/technology";

    @Bean
    AccessRule technologyReading() {
        return AccessRule.openForGet(PUBLIC, PUBLIC + "/offers/*", PUBLIC + "/requests/*", PUBLIC + "/offers/*/files/*",
                PUBLIC + "/requests/*/files/*", API + "/offers", API + "/offers/*",
                API + "/requests", API + "/requests/*");
    }

    @Bean
    MenuEntry technologyPublicMenu() {
        return new MenuEntry(Menu.PUBLIC, "technology.nav.public", PUBLIC, 58);
    }

    @Bean
    MenuEntry technologyPersonalMenu() {
        return new MenuEntry(Menu.PERSONAL, "technology.nav.mine", MINE, 40);
    }

    @Bean
    MenuEntry technologySecretariatMenu() {
        return new MenuEntry(Menu.SECRETARIAT, "technology.nav.secretariat", SECRETARIAT, 80);
    }

    static String item(org.ansoplatform.partnerships.TechnologyKind kind, java.util.UUID id) {
        return org.ansoplatform.partnerships.TechnologyPaths.item(kind, id);
    }
}
