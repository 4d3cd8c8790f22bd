package org.ansoplatform.projects.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.ansoplatform.projects.ReportingPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reporting's menu entries. Its pages open through no access rule: a principal investigator's need a signed-in
 * person (and answer 404 to anyone but the project's), the Secretariat's its role.
 */
@Configuration(proxyBeanMethods = false)
class ReportsWeb {

    @Bean
    MenuEntry myProjectsMenuEntry() {
        return new MenuEntry(Menu.PERSONAL, "projects.report.nav.mine", ReportingPaths.MINE, 20);
    }

    @Bean
    MenuEntry overdueReportsMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "projects.report.nav.overdue", ReportingPaths.OVERDUE, 75);
    }
}
