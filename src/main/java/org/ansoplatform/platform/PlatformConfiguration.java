package org.ansoplatform.platform;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
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

    /** Demo mode is on by default with the embedded database and off with an external one. */
    @Bean
    DemoMode demoMode(Environment environment) {
        boolean embedded = !environment.containsProperty("spring.datasource.url");
        return new DemoMode(environment.getProperty("anso.demo", Boolean.class, embedded));
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
