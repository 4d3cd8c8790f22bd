package org.ansoplatform.datasets.web;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.platform.AccessRule;
import org.ansoplatform.platform.CsrfExemption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OAI-PMH is open to every harvester, by GET and by POST; the POST needs no CSRF token (it changes nothing). */
@Configuration(proxyBeanMethods = false)
class OaiWeb {

    @Bean
    AccessRule oaiHarvesting() {
        return AccessRule.open(DatasetsPaths.OAI);
    }

    @Bean
    CsrfExemption oaiPost() {
        return CsrfExemption.post(DatasetsPaths.OAI);
    }
}
