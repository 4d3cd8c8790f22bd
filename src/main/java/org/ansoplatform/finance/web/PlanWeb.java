package org.ansoplatform.finance.web;

import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Budget plans and funds in the finance menu; the Secretariat and the Board reach them from the finance overview. */
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
        return new MenuEntry(Menu.FINANCE, "finance.fund.nav", FUNDS, 40);
    }
}
