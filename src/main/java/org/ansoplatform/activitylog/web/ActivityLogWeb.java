package org.ansoplatform.activitylog.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ActivityLogWeb {

    @Bean
    MenuEntry activityMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "nav.secretariat.activity", "/secretariat/activity", 90);
    }
}
