package org.ansoplatform.finance.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The overview's place in the menus: finance staff's own drop-down, and "Finance" for the Secretariat and the Board. */
@Configuration(proxyBeanMethods = false)
class FinanceOverviewWeb {

    @Bean
    MenuEntry financeOverviewMenuEntry() {
        return new MenuEntry(Menu.FINANCE, "finance.budget.nav.overview", FinanceWeb.PATH, 10);
    }

    @Bean
    MenuEntry financeSecretariatMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "finance.budget.nav.finance", FinanceWeb.PATH, 90);
    }

    @Bean
    MenuEntry financeBoardMenuEntry() {
        return new MenuEntry(Menu.BOARD, "finance.budget.nav.finance", FinanceWeb.PATH, 90);
    }
}
