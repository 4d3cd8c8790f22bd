package org.ansoplatform.publications.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.ansoplatform.publications.PublicationsPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches series and issues: the public pages, files, citations, feeds and the reading API are open (each item
 * is then checked against its access policy, a refused one answered 404); the editors' pages and the API's writing
 * need a sign-in and are checked against the series' editors.
 */
@Configuration(proxyBeanMethods = false)
class PublicationsWeb {

    static final String API_SERIES = "/api/v1/publications/series";
    static final String API_ISSUES = "/api/v1/publications/issues";
    static final String MANAGE = PublicationsPaths.PUBLICATIONS + "/manage";

    @Bean
    AccessRule publicationsPublic() {
        String p = PublicationsPaths.PUBLICATIONS;
        return AccessRule.openForGet(p, PublicationsPaths.ALL_FEED, p + "/series/*", p + "/series/*/feed.atom", p + "/issues/*",
                p + "/issues/*/files/*", p + "/issues/*/cite/*", API_SERIES, API_SERIES + "/*", API_ISSUES, API_ISSUES + "/*");
    }

    @Bean
    MenuEntry publicationsMenu() {
        return new MenuEntry(Menu.PUBLIC, "publications.nav.publications", PublicationsPaths.PUBLICATIONS, 70);
    }

    @Bean
    MenuEntry publicationsManageMenu() {
        return new MenuEntry(Menu.SECRETARIAT, "publications.nav.manage", MANAGE, 70);
    }
}
