package org.ansoplatform.notifications.web;

import org.ansoplatform.notifications.MailingLists;
import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.CsrfExemption;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches the mail pages: each person their own messages, administrators the outbox and each message's source,
 * everyone the one-click unsubscribe of the platform's lists, whose POST needs no CSRF token (mail clients send it
 * without a page; the link's secret is the authority).
 */
@Configuration(proxyBeanMethods = false)
class NotificationsWeb {

    @Bean
    AccessRule listUnsubscribing() {
        return AccessRule.open(MailingLists.PATH);
    }

    @Bean
    CsrfExemption listOneClickUnsubscribe() {
        return CsrfExemption.post(MailingLists.PATH);
    }

    @Bean
    MenuEntry messagesMenuEntry() {
        return new MenuEntry(Menu.PERSONAL, "nav.messages", "/messages", 90);
    }

    @Bean
    MenuEntry outboxMenuEntry() {
        return new MenuEntry(Menu.ADMIN, "nav.admin.outbox", "/admin/outbox", 50);
    }
}
