package org.ansoplatform.finance.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's entries in the finance menu. The Secretariat and the Board reach it from their one "Finance" entry
 * (FinanceOverviewWeb), whose page links the plans, the ledger and the funds: four entries each would crowd their menus.
 */
@Configuration(proxyBeanMethods = false)
class LedgerWeb {

    static final String LEDGER = "/finance/ledger";
    static final String IMPORT = LEDGER + "/import";
    static final String RATES = "/finance/rates";

    @Bean
    MenuEntry ledgerFinanceMenuEntry() {
        return new MenuEntry(Menu.FINANCE, "finance.ledger.nav.ledger", LEDGER, 30);
    }

    @Bean
    MenuEntry ledgerImportMenuEntry() {
        return new MenuEntry(Menu.FINANCE, "finance.ledger.nav.import", IMPORT, 31);
    }

    @Bean
    MenuEntry ledgerRatesMenuEntry() {
        return new MenuEntry(Menu.FINANCE, "finance.ledger.nav.rates", RATES, 32);
    }
}
