package org.ansoplatform.organizations.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The directory is public; changing it through the API is the Secretariat's. */
@Configuration(proxyBeanMethods = false)
class OrganizationsWeb {

    @Bean
    AccessRule directoryIsPublic() {
        return AccessRule.openForGet("/directory", "/directory/**", "/api/v1/organizations", "/api/v1/organizations/**");
    }

    @Bean
    AccessRule creatingOrganizationsNeedsTheSecretariat() {
        return AccessRule.role("SECRETARIAT", HttpMethod.POST, "/api/v1/organizations");
    }

    @Bean
    AccessRule editingOrganizationsNeedsTheSecretariat() {
        return AccessRule.role("SECRETARIAT", HttpMethod.PUT, "/api/v1/organizations/**");
    }

    @Bean
    MenuEntry directoryMenuEntry() {
        return new MenuEntry(Menu.PUBLIC, "nav.directory", "/directory", 50);
    }

    @Bean
    MenuEntry organizationsMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "nav.secretariat.organizations", "/secretariat/organizations", 50);
    }
}
