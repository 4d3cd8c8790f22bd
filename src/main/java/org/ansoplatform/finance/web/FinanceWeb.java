package org.ansoplatform.finance.web;

import java.util.List;

import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.MenuEntry;
import org.ansoplatform.platform.MenuEntry.Menu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who reaches finance (issue 19): finance staff enter and import; the Board and the Secretariat read; nothing of
 * finance is public (the annual report publishes what it chooses through the figures).
 */
@Configuration(proxyBeanMethods = false)
class FinanceWeb {

    static final String PATH = "/finance";
    static final List<String> READERS = List.of("FINANCE", "SECRETARIAT", "BOARD_MEMBER");

    @Bean
    AccessRule financeReading() {
        return AccessRule.anyRole(READERS, HttpMethod.GET, PATH, PATH + "/**", "/api/v1/finance/**");
    }

    // one rule per changing method, so that no rule for every method can shadow the readers' GET
    @Bean
    AccessRule financePosting() {
        return AccessRule.role("FINANCE", HttpMethod.POST, PATH, PATH + "/**", "/api/v1/finance/**");
    }

    @Bean
    AccessRule financePutting() {
        return AccessRule.role("FINANCE", HttpMethod.PUT, PATH + "/**", "/api/v1/finance/**");
    }

    @Bean
    AccessRule financeDeleting() {
        return AccessRule.role("FINANCE", HttpMethod.DELETE, PATH + "/**", "/api/v1/finance/**");
    }
}
