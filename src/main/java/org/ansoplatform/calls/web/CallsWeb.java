package org.ansoplatform.calls.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Calls are public to read; referees upload or decline through their link without an account; the rest needs sign-in. */
@Configuration(proxyBeanMethods = false)
class CallsWeb {

    @Bean
    AccessRule callsArePublic() {
        return AccessRule.openForGet("/calls", "/calls/*", "/api/v1/calls", "/api/v1/calls/*");
    }

    /** Whoever is shown an offer letter (a visa office, a university) confirms it by its code, without an account. */
    @Bean
    AccessRule offerLettersAreVerifiedByAnyone() {
        return AccessRule.openForGet("/offers/verify");
    }

    @Bean
    AccessRule refereesNeedNoAccount() {
        return AccessRule.open("/referee", "/referee/letter", "/referee/decline");
    }

    @Bean
    AccessRule applicationListsAreTheSecretariats() {
        return AccessRule.role("SECRETARIAT", HttpMethod.GET, "/api/v1/calls/*/applications");
    }

    /** GET /api/v1/calls/* is public, but a call's selection is the Secretariat's, whatever the method. */
    @Bean
    AccessRule selectionIsTheSecretariats() {
        return AccessRule.role("SECRETARIAT", null, "/api/v1/calls/*/selection");
    }

    @Bean
    MenuEntry callsMenuEntry() {
        return new MenuEntry(Menu.PUBLIC, "nav.calls", "/calls", 10);
    }

    @Bean
    MenuEntry myApplicationsMenuEntry() {
        return new MenuEntry(Menu.PERSONAL, "nav.applications", "/applications", 10);
    }

    @Bean
    MenuEntry nominationsMenuEntry() {
        return new MenuEntry(Menu.REPRESENTATIVE, "nav.representative.nominations", "/representative/nominations", 10);
    }

    @Bean
    MenuEntry secretariatCallsMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "nav.secretariat.calls", "/secretariat/calls", 10);
    }
}
