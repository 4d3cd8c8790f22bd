package org.ansoplatform.notifications.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationsWeb {

    @Bean
    MenuEntry messagesMenuEntry() {
        return new MenuEntry(Menu.PERSONAL, "nav.messages", "/messages", 90);
    }

    @Bean
    MenuEntry outboxMenuEntry() {
        return new MenuEntry(Menu.ADMIN, "nav.admin.outbox", "/admin/outbox", 50);
    }
}
