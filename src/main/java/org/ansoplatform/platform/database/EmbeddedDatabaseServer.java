package org.ansoplatform.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries on the classpath, its data kept under the data
 * directory so that a restart keeps everything. An exclusive file lock, taken before the server starts,
 * keeps a second instance off the same directory: two postmasters on one data directory would damage it.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    public static final String DATABASE = "anso";
    /**
     * The role the application runs as: not a superuser and not the owner of the tables, so the grants
     * given after migration (see ModuleMigrations) are what it may do. The embedded server only listens
     * on the loopback interface and trusts local connections, so the role needs no password.
     */
    public static final String RUNTIME_ROLE = "anso_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    public EmbeddedDatabaseServer(Path dataDirectory) {
        this.directory = dataDirectory.resolve("postgres");
        Path lockFile = dataDirectory.resolve("instance.lock");
        try {
            Files.createDirectories(directory);
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + lockFile, e);
        }
        lock = tryLock(lockChannel, dataDirectory);
        try {
            long started = System.nanoTime();
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", System.getProperty("anso.embedded.max-connections", "60"))
                    // the library turns synchronous commits off; a submission or a ballot that was answered as
                    // stored must survive a crash, so they are on unless a test run says otherwise
                    .setServerConfig("synchronous_commit", System.getProperty("anso.embedded.synchronous-commit", "on"))
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            createDatabaseIfMissing();
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), directory,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException e) {
            release();
            throw new IllegalStateException("The embedded PostgreSQL server did not start with data in " + directory, e);
        }
    }

    private static FileLock tryLock(FileChannel channel, Path dataDirectory) {
        FileLock acquired;
        try {
            acquired = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            acquired = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (acquired == null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock failure is what matters
            }
            throw new DataDirectoryInUseException(dataDirectory);
        }
        return acquired;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select 1 from pg_roles where rolname = '" + RUNTIME_ROLE + "'")) {
                if (!rows.next()) {
                    statement.execute("create role " + RUNTIME_ROLE + " login nosuperuser nocreatedb nocreaterole");
                }
            }
            try (ResultSet rows = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rows.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE + " encoding 'UTF8'");
        }
    }

    /** The address for the schema owner, who migrates; the application itself connects as {@link #RUNTIME_ROLE}. */
    public String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    public String jdbcUrl(String user) {
        return postgres.getJdbcUrl(user, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            release();
        }
    }

    private void release() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            log.warn("Could not release the data directory lock", e);
        }
    }
}
