package org.ansoplatform.figures.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FiguresWeb {

    @Bean
    MenuEntry figuresMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "nav.secretariat.figures", "/secretariat/figures", 85);
    }
}
