package org.ansoplatform.finance.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger's menu entries: finance staff import and enter rates; the Secretariat and the Board read the ledger. */
@Configuration(proxyBeanMethods = false)
class LedgerWeb {

    static final String LEDGER = "/finance/ledger";
    static final String IMPORT = LEDGER + "/import";
    static final String RATES = "/finance/rates";

    @Bean
    MenuEntry ledgerFinanceMenuEntry() {
        return new MenuEntry(Menu.FINANCE, "finance.ledger.nav.ledger", LEDGER, 20);
    }

    @Bean
    MenuEntry ledgerImportMenuEntry() {
        return new MenuEntry(Menu.FINANCE, "finance.ledger.nav.import", IMPORT, 21);
    }

    @Bean
    MenuEntry ledgerRatesMenuEntry() {
        return new MenuEntry(Menu.FINANCE, "finance.ledger.nav.rates", RATES, 22);
    }

    @Bean
    MenuEntry ledgerSecretariatMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "finance.ledger.nav.ledger", LEDGER, 90);
    }

    @Bean
    MenuEntry ledgerBoardMenuEntry() {
        return new MenuEntry(Menu.BOARD, "finance.ledger.nav.ledger", LEDGER, 90);
    }
}
