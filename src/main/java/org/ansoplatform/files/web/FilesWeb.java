package org.ansoplatform.files.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FilesWeb {

    @Bean
    MenuEntry documentsMenuEntry() {
        return new MenuEntry(Menu.ACCOUNT, "nav.documents", "/documents", 20);
    }

    // issue 23 part S: the integrity check and the copy to S3, for administrators
    @Bean
    MenuEntry integrityMenuEntry() {
        return new MenuEntry(Menu.ADMIN, "nav.admin.files", IntegrityAdminController.PAGE, 60);
    }
}
