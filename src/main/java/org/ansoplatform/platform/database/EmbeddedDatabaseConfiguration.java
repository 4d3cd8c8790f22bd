package org.ansoplatform.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.ansoplatform.platform.DataDirectory;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** With no datasource configured, the platform runs its own PostgreSQL under the data directory. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(DataDirectory dataDirectory) {
        return new EmbeddedDatabaseServer(dataDirectory.root());
    }

    /**
     * The application's pool, connected as the runtime role. Destroyed before the server it depends on,
     * so connections close before PostgreSQL stops.
     */
    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(EmbeddedDatabaseServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(EmbeddedDatabaseServer.RUNTIME_ROLE));
        dataSource.setUsername(EmbeddedDatabaseServer.RUNTIME_ROLE);
        dataSource.setPassword(server.password(EmbeddedDatabaseServer.RUNTIME_ROLE));
        dataSource.setPoolName("anso-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    /** Migrations run as the owner of the schemas, on a connection of their own. */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedDatabaseServer server) {
        return new DriverManagerDataSource(server.jdbcUrl(), EmbeddedDatabaseServer.OWNER_ROLE,
                server.password(EmbeddedDatabaseServer.OWNER_ROLE));
    }

    static class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

}
