package org.ansoplatform.datasets.web;

import java.util.List;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Usage exports: the monthly report of all datasets for data curators and the Secretariat, one dataset's for anyone. */
@Configuration(proxyBeanMethods = false)
class UsageWeb {

    @Bean
    AccessRule usageReportReading() {
        return AccessRule.anyRole(List.of("DATA_CURATOR", "SECRETARIAT"), HttpMethod.GET, UsageController.USAGE);
    }

    @Bean
    MenuEntry usageCurationMenu() {
        return new MenuEntry(Menu.CURATION, "datasets.usage.nav", UsageController.USAGE, 60);
    }

    @Bean
    MenuEntry usageSecretariatMenu() {
        return new MenuEntry(Menu.SECRETARIAT, "datasets.usage.nav", UsageController.USAGE, 88);
    }

    @Bean
    AccessRule datasetUsageReading() {
        return AccessRule.openForGet(DatasetsPaths.DATASETS + "/*/usage.csv");
    }
}
