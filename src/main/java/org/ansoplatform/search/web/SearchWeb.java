package org.ansoplatform.search.web;

import org.ansoplatform.platform.AccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Search is open to everyone: what each reader finds is limited in the query by the documents' audiences. */
@Configuration(proxyBeanMethods = false)
class SearchWeb {

    @Bean
    AccessRule searchIsPublic() {
        return AccessRule.openForGet("/search", "/api/v1/search");
    }
}
