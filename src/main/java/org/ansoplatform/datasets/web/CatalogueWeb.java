package org.ansoplatform.datasets.web;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public catalogue {@value DatasetsPaths#DATASETS}: open to everyone, in the public menu next to the showcases. */
@Configuration(proxyBeanMethods = false)
class CatalogueWeb {

    @Bean
    AccessRule catalogueReading() {
        return AccessRule.openForGet(DatasetsPaths.DATASETS);
    }

    @Bean
    MenuEntry cataloguePublicMenu() {
        return new MenuEntry(Menu.PUBLIC, "datasets.catalogue.nav", DatasetsPaths.DATASETS, 38);
    }
}
