package org.ansoplatform.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DataDirectory dataDirectory(@Value("${anso.data-dir:./data}") Path root) {
        return new DataDirectory(root);
    }

    /**
     * Demo mode creates accounts with a published password, so only an explicit {@code anso.demo=true} turns it on
     * ({@code mvn spring-boot:run} passes it); a jar started as it comes never has them.
     */
    @Bean
    DemoMode demoMode(Environment environment) {
        return new DemoMode(environment.getProperty("anso.demo", Boolean.class, false));
    }

    /** The languages of the interface and of content; see {@link Languages}. */
    @Bean
    Languages languages(Environment environment) {
        return new Languages(List.of(environment.getProperty("anso.languages", "en,zh").split(",")));
    }

    /** Every module's bundles, formatted by ICU (decision 108). */
    @Bean
    MessageSource messageSource() throws IOException {
        return IcuMessageSource.fromClassPath(PlatformConfiguration.class.getClassLoader());
    }

    /** Scheduled jobs take a row lock so that only one node of several runs each. */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("platform.shedlock")
                .usingDbTime()
                .build());
    }
}
