package org.ansoplatform.finance.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Budget plans and funds in the finance menu, and in the Secretariat's and the Board's for reading. */
@Configuration(proxyBeanMethods = false)
class PlanWeb {

    static final String PLANS = FinanceWeb.PATH + "/plans";
    static final String FUNDS = FinanceWeb.PATH + "/funds";

    @Bean
    MenuEntry financePlansMenuEntry() {
        return new MenuEntry(Menu.FINANCE, "finance.plan.nav", PLANS, 20);
    }

    @Bean
    MenuEntry financeFundsMenuEntry() {
        return new MenuEntry(Menu.FINANCE, "finance.fund.nav", FUNDS, 30);
    }

    @Bean
    MenuEntry secretariatPlansMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "finance.plan.nav", PLANS, 90);
    }

    @Bean
    MenuEntry secretariatFundsMenuEntry() {
        return new MenuEntry(Menu.SECRETARIAT, "finance.fund.nav", FUNDS, 91);
    }

    @Bean
    MenuEntry boardPlansMenuEntry() {
        return new MenuEntry(Menu.BOARD, "finance.plan.nav", PLANS, 90);
    }

    @Bean
    MenuEntry boardFundsMenuEntry() {
        return new MenuEntry(Menu.BOARD, "finance.fund.nav", FUNDS, 91);
    }
}
