package org.ansoplatform.annualreport.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches the Annual Report: the published editions, their figures' traces, PDFs and API are open (a draft or
 * an unpublished edition answers 404 there); the editor is the Secretariat's and the submitted draft the Board's,
 * by their path prefixes.
 */
@Configuration(proxyBeanMethods = false)
class AnnualReportWeb {

    static final String PUBLIC = "/annual-report";
    static final String EDITOR = "/secretariat/annual-report";
    static final String BOARD = "/board/annual-report";
    static final String API = "/api/v1/annual-report";
    static final String EDITOR_API = "/api/v1/secretariat/annual-report";

    @Bean
    AccessRule annualReportPublic() {
        return AccessRule.openForGet(PUBLIC, PUBLIC + "/*", PUBLIC + "/*/figures/**", PUBLIC + "/*/pdf", API + "/*", API + "/*/figures");
    }

    @Bean
    MenuEntry annualReportEditorMenu() {
        return new MenuEntry(Menu.SECRETARIAT, "annualreport.nav.editor", EDITOR, 72);
    }

    @Bean
    MenuEntry annualReportPublicMenu() {
        return new MenuEntry(Menu.PUBLIC, "annualreport.nav.public", PUBLIC, 75);
    }
}
