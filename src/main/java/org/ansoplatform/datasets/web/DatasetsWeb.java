package org.ansoplatform.datasets.web;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.CurationManagement;
import org.ansoplatform.datasets.deposit.DatasetAddresses;
import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches deposit's pages: landing pages, linksets and file downloads are open (a closed file or an unpublished
 * version is then answered 404); the depositor's pages under {@code /me/datasets} need a sign-in and are checked
 * against the depositor; the curation pages need the DATA_CURATOR role.
 */
@Configuration(proxyBeanMethods = false)
class DatasetsWeb {

    @Bean
    AccessRule datasetsPublic() {
        String d = DatasetsPaths.DATASETS;
        return AccessRule.openForGet(d + "/*", d + "/*/versions/*", d + "/*/versions/*/linkset",
                d + "/*/versions/*/linkset.json", d + "/*/versions/*/export/*", d + "/*/versions/*/files/*",
                d + "/*/diff", DatasetApi.API, DatasetApi.API + "/*", DatasetApi.API + "/*/usage", DatasetApi.API + "/*/versions",
                DatasetApi.API + "/*/versions/*");
    }

    @Bean
    AccessRule datasetsCuration() {
        return AccessRule.role(CurationManagement.CURATOR, null, DatasetAddresses.CURATION, DatasetAddresses.CURATION + "/**");
    }

    @Bean
    MenuEntry datasetsMineMenu() {
        return new MenuEntry(Menu.ACCOUNT, "datasets.nav.mine", DatasetAddresses.MINE, 60);
    }

    @Bean
    MenuEntry datasetsCurationMenu() {
        return new MenuEntry(Menu.CURATION, "datasets.nav.curation", DatasetAddresses.CURATION, 10);
    }
}
