package org.ansoplatform.publications.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The composed issues' place in the Secretariat's menu. */
@Configuration(proxyBeanMethods = false)
class CompositionWeb {

    static final String PATH = "/secretariat/publications/compositions";

    @Bean
    MenuEntry compositionsMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "publications.composition.nav", PATH, 85);
    }
}
