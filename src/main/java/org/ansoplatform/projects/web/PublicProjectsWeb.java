package org.ansoplatform.projects.web;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory, a project's page and map, and the projects API are open for reading, exactly those paths: a
 * project's id must have a UUID's shape, so {@code /projects/mine} and anything else under {@code /projects} stay
 * for signed-in people. Whether a project may be read is decided per record (published, or its team or the
 * Secretariat).
 */
@Configuration(proxyBeanMethods = false)
class PublicProjectsWeb {

    static final String ID = "{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    @Bean
    AccessRule projectsArePublic() {
        return AccessRule.openForGet("/projects", "/projects/" + ID, "/projects/" + ID + "/map.svg",
                "/api/v1/projects", "/api/v1/projects/" + ID, "/api/v1/projects/" + ID + "/outputs",
                "/api/v1/projects/" + ID + "/reports");
    }

    @Bean
    MenuEntry projectsMenuEntry() {
        return new MenuEntry(Menu.PUBLIC, "projects.public.nav", "/projects", 55);
    }
}
