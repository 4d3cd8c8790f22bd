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
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
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
     * given after migration (see ModuleMigrations) are what it may do.
     */
    public static final String RUNTIME_ROLE = "anso_app";
    /** The superuser, who owns the schemas and migrates them. */
    public static final String OWNER_ROLE = "postgres";

    /** How often the server is checked for having died; requests fail meanwhile, so it is short. */
    private static final long WATCHDOG_INTERVAL_MILLIS = 2000;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final DatabaseSecrets secrets;
    private final ServerWatchdog watchdog;

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
        Path passwordFile = null;
        try {
            long started = System.nanoTime();
            secrets = DatabaseSecrets.in(dataDirectory, OWNER_ROLE, RUNTIME_ROLE);
            boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
            Map<String, String> serverConfig = serverConfig();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPgBinaryResolver(PostgresBinaries.resolver())
                    .setOverrideWorkingDirectory(PostgresBinaries.workingDirectory(dataDirectory).toFile())
                    // the library's readiness check signs in as the superuser: with the password
                    .setConnectConfig("password", secrets.password(OWNER_ROLE))
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setDataDirectoryCustomizer(pgdata -> {
                        ServerRecovery.stopServerLeftRunning(directory);
                        if (!fresh) {
                            ServerRecovery.requirePasswords(directory, secrets);
                        }
                    });
            if (fresh) {
                // the library runs initdb with "-A trust"; its extra options come after that one and win, so the new
                // cluster asks for passwords from its very first start and the superuser has the generated one
                passwordFile = secrets.passwordFile(dataDirectory, OWNER_ROLE);
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
            }
            serverConfig.forEach(builder::setServerConfig);
            postgres = builder.start();
            PostgresBinaries.closeWorkingDirectory();
            createDatabaseIfMissing();
            watchdog = new ServerWatchdog(directory, postgres.getPort(), serverConfig,
                    WATCHDOG_INTERVAL_MILLIS);
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), directory,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException | RuntimeException e) {
            release();
            throw new IllegalStateException("The embedded PostgreSQL server did not start with data in " + directory, e);
        } finally {
            deleteQuietly(passwordFile);
        }
    }

    private static Map<String, String> serverConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("timezone", "UTC");
        config.put("max_connections", System.getProperty("anso.embedded.max-connections", "60"));
        // the library turns synchronous commits off; a submission or a ballot that was answered as stored must
        // survive a crash, so they are on unless a test run says otherwise
        config.put("synchronous_commit", System.getProperty("anso.embedded.synchronous-commit", "on"));
        // the library also starts the server with -F (fsync off): a crash of the machine, not only of the JVM,
        // could then lose commits already answered; a later -c wins over it
        config.put("fsync", "on");
        // TCP on loopback only, with passwords; no Unix socket, whose default place is /tmp
        config.put("listen_addresses", "localhost");
        config.put("unix_socket_directories", "");
        config.put("password_encryption", "scram-sha-256");
        return config;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
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
            // set at every start, so that the secrets file stays the truth (and older directories get one); the
            // driver sends the SCRAM verifier, never the password itself
            connection.unwrap(PGConnection.class).alterUserPassword(RUNTIME_ROLE,
                    secrets.password(RUNTIME_ROLE).toCharArray(), "scram-sha-256");
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
        return jdbcUrl(OWNER_ROLE);
    }

    public String jdbcUrl(String user) {
        return postgres.getJdbcUrl(user, DATABASE);
    }

    /** The generated password of {@link #OWNER_ROLE} or {@link #RUNTIME_ROLE}, as kept in the data directory. */
    public String password(String role) {
        return secrets.password(role);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            watchdog.close();
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
