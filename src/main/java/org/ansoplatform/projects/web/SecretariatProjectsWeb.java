package org.ansoplatform.projects.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Secretariat's projects are under its prefix; the menu leads there. */
@Configuration(proxyBeanMethods = false)
class SecretariatProjectsWeb {

    @Bean
    MenuEntry projectsSecretariatMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "projects.nav.secretariat", SecretariatProjectPage.PATH, 55);
    }
}
