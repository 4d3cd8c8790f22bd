package org.ansoplatform.partnerships.web;

import java.util.List;

import org.ansoplatform.partnerships.agreements.AgreementPaths;
import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who reaches agreements: the public partners page and its API are open; the register and an agreement's pages are
 * the Secretariat's (its path prefix says so); the agreements' API is read by the Secretariat and the Board and
 * written by the Secretariat.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipsWeb {

    static final String API = "/api/v1/partnerships/agreements";
    static final String PUBLIC_API = "/api/v1/partners";

    @Bean
    AccessRule partnersPublic() {
        return AccessRule.openForGet(AgreementPaths.PARTNERS, PUBLIC_API);
    }

    @Bean
    AccessRule agreementsApiReading() {
        return AccessRule.anyRole(List.of("SECRETARIAT", "BOARD_MEMBER"), HttpMethod.GET, API, API + "/**");
    }

    @Bean
    AccessRule agreementsApiWriting() {
        return AccessRule.role("SECRETARIAT", HttpMethod.POST, API, API + "/**");
    }

    @Bean
    MenuEntry partnersMenu() {
        return new MenuEntry(Menu.PUBLIC, "partnerships.nav.partners", AgreementPaths.PARTNERS, 65);
    }

    @Bean
    MenuEntry agreementsMenu() {
        return new MenuEntry(Menu.SECRETARIAT, "partnerships.nav.agreements", AgreementPaths.REGISTER, 65);
    }
}
