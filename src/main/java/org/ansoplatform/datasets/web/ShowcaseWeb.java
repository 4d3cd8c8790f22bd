package org.ansoplatform.datasets.web;

import java.util.List;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches showcases: everyone reads the published ones (the list, a theme's page, a showcase's page and its
 * screenshots; a draft answers 404); the Secretariat and data curators manage them under {@value #MANAGE}.
 */
@Configuration(proxyBeanMethods = false)
class ShowcaseWeb {

    static final String MANAGE = "/curation/showcases";

    @Bean
    AccessRule showcaseReading() {
        return AccessRule.openForGet(DatasetsPaths.SHOWCASES, DatasetsPaths.SHOWCASES + "/themes/*", DatasetsPaths.SHOWCASES + "/*",
                DatasetsPaths.SHOWCASES + "/*/screenshots/*");
    }

    @Bean
    AccessRule showcaseManaging() {
        return AccessRule.anyRole(List.of("DATA_CURATOR", "SECRETARIAT"), null, MANAGE, MANAGE + "/**");
    }

    @Bean
    MenuEntry showcasePublicMenu() {
        return new MenuEntry(Menu.PUBLIC, "showcase.nav.public", DatasetsPaths.SHOWCASES, 40);
    }

    @Bean
    MenuEntry showcaseCurationMenu() {
        return new MenuEntry(Menu.CURATION, "showcase.nav.manage", MANAGE, 20);
    }

    @Bean
    MenuEntry showcaseSecretariatMenu() {
        return new MenuEntry(Menu.SECRETARIAT, "showcase.nav.manage", MANAGE, 88);
    }
}
