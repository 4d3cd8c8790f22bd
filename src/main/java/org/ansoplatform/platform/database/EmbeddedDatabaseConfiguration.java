package org.ansoplatform.platform.database;


import com.zaxxer.hikari.HikariDataSource;
import org.ansoplatform.platform.DataDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** With no datasource configured, the platform runs its own PostgreSQL under the data directory. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(DataDirectory dataDirectory) {
        return new EmbeddedDatabaseServer(dataDirectory.root());
    }

    /** Destroyed before the server it depends on, so connections close before PostgreSQL stops. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabaseServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("anso-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    static class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

}
