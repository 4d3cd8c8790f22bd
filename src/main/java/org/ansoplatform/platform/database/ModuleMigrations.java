package org.ansoplatform.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
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

    @Override
    public void migrate(Flyway configured) {
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
