package org.ansoplatform.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Each module owns a PostgreSQL schema named after it and the migrations under
 * {@code db/migration/<module>/}, versioned on their own with a history table in that schema. Plugged in
 * as Boot's migration strategy so that everything touching the database still waits for it.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);
    private static final String ROOT = "db/migration/";
    private static final String GRANTS = "db/grants/";

    private final DataSource runtime;

    ModuleMigrations(DataSource runtime) {
        this.runtime = runtime;
    }

    @Override
    public void migrate(Flyway configured) {
        migrateSchemas(configured);
        grantToRuntimeRole(configured.getConfiguration().getDataSource());
    }

    /**
     * When the application runs as a role other than the schemas' owner, that role gets what each module
     * grants in {@code db/grants/<module>.sql} (with {@code ${role}} standing for it), or by default
     * reading and writing its tables. Applied at every start, so new tables are covered. The migration
     * history stays the owner's.
     */
    private void grantToRuntimeRole(DataSource owner) {
        try (Connection ownerConnection = owner.getConnection(); Connection runtimeConnection = runtime.getConnection()) {
            String ownerName = ownerConnection.getMetaData().getUserName();
            String role = runtimeConnection.getMetaData().getUserName();
            if (role.equals(ownerName)) {
                log.warn("The application connects as the owner of its schemas ({}); database grants do not limit it. "
                        + "Set spring.flyway.user to the owner and spring.datasource.username to another role.", role);
                return;
            }
            String quoted = '"' + role.replace("\"", "\"\"") + '"';
            try (Statement statement = ownerConnection.createStatement()) {
                for (String module : modules()) {
                    Resource grants = new ClassPathResource(GRANTS + module + ".sql");
                    String sql = grants.exists() ? grants.getContentAsString(StandardCharsets.UTF_8)
                            : DEFAULT_GRANTS.replace("${schema}", module);
                    statement.execute(sql.replace("${role}", quoted));
                    statement.execute("revoke all on " + module + ".flyway_schema_history from " + quoted);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the runtime role its privileges", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String DEFAULT_GRANTS = """
            grant usage on schema ${schema} to ${role};
            grant select, insert, update, delete on all tables in schema ${schema} to ${role};
            grant usage, select on all sequences in schema ${schema} to ${role};
            """;

    private void migrateSchemas(Flyway configured) {
        for (String module : modules()) {
            var result = Flyway.configure(configured.getConfiguration().getClassLoader())
                    .configuration(configured.getConfiguration())
                    .schemas(module)
                    .defaultSchema(module)
                    .createSchemas(true)
                    .locations("classpath:" + ROOT + module)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Schema {}: {} migration(s) applied, now at version {}", module, result.migrationsExecuted,
                        result.targetSchemaVersion);
            }
        }
    }

    static Set<String> modules() {
        try {
            Set<String> modules = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "*/*.sql")) {
                String url = resource.getURL().toString();
                String folder = url.substring(0, url.lastIndexOf('/'));
                modules.add(folder.substring(folder.lastIndexOf('/') + 1));
            }
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
