package org.ansoplatform.publications.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.CsrfExemption;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.ansoplatform.publications.PublicationsPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches news and newsletters: everyone reads published news, sent issues and the feed, and subscribes,
 * confirms and unsubscribes (the links' secrets are the authority); the one-click unsubscribe POST of RFC 8058 needs
 * no CSRF token (mail clients send it without a page). Editors' pages and the subscription counts are the
 * Secretariat's, under its prefix.
 */
@Configuration(proxyBeanMethods = false)
class NewsWeb {

    static final String NEWS = PublicationsPaths.NEWS_LIST, NEWSLETTERS = "/newsletters", EDIT_NEWS = "/secretariat/news",
            EDIT_NEWSLETTERS = "/secretariat/newsletters", API = "/api/v1/news", SUBSCRIPTIONS = "/api/v1/subscriptions";

    @Bean
    AccessRule newsReading() {
        return AccessRule.openForGet(NEWS, NEWS + "/*", NEWS + "/*/image", PublicationsPaths.NEWS_FEED, NEWSLETTERS,
                NEWSLETTERS + "/*", NEWSLETTERS + "/*/pdf", NEWSLETTERS + "/confirm", API, API + "/*");
    }

    @Bean
    AccessRule subscribing() {
        return AccessRule.open(NEWSLETTERS + "/subscribe", NEWSLETTERS + "/subscribe/sent", NEWSLETTERS + "/unsubscribe/*",
                SUBSCRIPTIONS);
    }

    @Bean
    CsrfExemption oneClickUnsubscribe() {
        return CsrfExemption.post(NEWSLETTERS + "/unsubscribe/*");
    }

    @Bean
    MenuEntry newsPublicMenu() {
        return new MenuEntry(Menu.PUBLIC, "news.nav.public", NEWS, 12);
    }

    @Bean
    MenuEntry newsSecretariatMenu() {
        return new MenuEntry(Menu.SECRETARIAT, "news.nav.secretariat", EDIT_NEWS, 85);
    }

    @Bean
    MenuEntry newslettersSecretariatMenu() {
        return new MenuEntry(Menu.SECRETARIAT, "newsletter.nav.secretariat", EDIT_NEWSLETTERS, 86);
    }
}
