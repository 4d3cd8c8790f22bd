package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ansoplatform.platform.database.DataDirectoryInUseException;
import org.ansoplatform.platform.database.EmbeddedDatabaseServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseServerTests {

    private static final String OWNER = EmbeddedDatabaseServer.OWNER_ROLE;
    private static final String RUNTIME = EmbeddedDatabaseServer.RUNTIME_ROLE;

    @TempDir
    Path data;

    @Test
    void keepsDataAcrossRestartsAndRefusesASecondInstanceOnTheSameDirectory() throws Exception {
        try (EmbeddedDatabaseServer first = new EmbeddedDatabaseServer(data)) {
            try (Connection connection = owner(first)) {
                connection.createStatement().execute("create table kept (value text)");
                connection.createStatement().execute("insert into kept values ('still here')");
            }
            assertThatThrownBy(() -> new EmbeddedDatabaseServer(data))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by another running instance");
            try (Connection connection = owner(first);
                    ResultSet fsync = connection.createStatement().executeQuery("select current_setting('fsync')")) {
                assertThat(connection.isValid(2)).as("the first instance is unharmed").isTrue();
                assertThat(fsync.next()).isTrue();
                assertThat(fsync.getString(1)).as("commits reach the disk, whatever the library's default").isEqualTo("on");
            }
        }
        assertThat(Files.exists(data.resolve("postgres/postmaster.pid"))).as("stopped cleanly").isFalse();
        try (EmbeddedDatabaseServer again = new EmbeddedDatabaseServer(data);
                Connection connection = owner(again);
                ResultSet rows = connection.createStatement().executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aLocalConnectionWithoutTheGeneratedPasswordIsRefused() throws Exception {
        try (EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(data)) {
            for (String role : List.of(OWNER, RUNTIME)) {
                assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(role)).close())
                        .as("%s without a password", role).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(role), role, "anso-demo-2026").close())
                        .as("%s with a wrong password", role).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
                try (Connection connection = DriverManager.getConnection(server.jdbcUrl(role), role, server.password(role))) {
                    assertThat(connection.isValid(2)).as("%s with its generated password", role).isTrue();
                }
            }
            assertThat(Files.exists(Path.of("/tmp/.s.PGSQL." + server.port()))).as("no socket in /tmp").isFalse();
        }
        assertThat(Files.getPosixFilePermissions(data.resolve("database.secrets")))
                .as("the secrets are readable by the platform's user only")
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (EmbeddedDatabaseServer again = new EmbeddedDatabaseServer(data); Connection connection = owner(again)) {
            assertThat(connection.isValid(2)).as("the kept secrets still work after a restart").isTrue();
        }
    }

    @Test
    void theBinariesRunFromDirectoriesNoOtherUserCanWrite() throws Exception {
        try (EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(data)) {
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
            Path binary = Path.of(ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow());
            assertThat(binary.toString()).doesNotStartWith("/tmp/embedded-pg");
            for (Path directory = binary.getParent(); directory != null; directory = directory.getParent()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
                boolean sticky = directory.equals(Path.of("/tmp")) || directory.equals(Path.of("/var/tmp"));
                assertThat(sticky || !permissions.contains(PosixFilePermission.OTHERS_WRITE)
                        && !permissions.contains(PosixFilePermission.GROUP_WRITE))
                        .as("%s is %s", directory, PosixFilePermissions.toString(permissions)).isTrue();
            }
        }
    }

    @Test
    void aDataDirectoryCreatedBeforePasswordsIsMigratedAndKeepsItsData() throws Exception {
        try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false)
                .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C.UTF-8").start();
                Connection connection = before.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (value text)");
            connection.createStatement().execute("insert into kept values ('from before')");
        }
        try (EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(data)) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl().replace("/anso?", "/postgres?")).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl().replace("/anso?", "/postgres?"), OWNER,
                    server.password(OWNER)); ResultSet rows = connection.createStatement().executeQuery("select value from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("from before");
            }
        }
    }

    @Test
    void aRestartAfterThePlatformWasKilledStopsTheServerItLeftRunningAndComesBackWithTheData() throws Exception {
        Path output = data.resolveSibling(data.getFileName() + "-killed.log");
        Process platform = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldsEmbeddedDatabase.class.getName(), data.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (!Files.readString(output).contains(HoldsEmbeddedDatabase.HOLDING)) {
                assertThat(platform.isAlive()).as("the first instance runs: %s", Files.readString(output)).isTrue();
                assertThat(System.nanoTime()).as("the first instance is ready within 3 minutes").isLessThan(deadline);
                Thread.sleep(200);
            }
        } finally {
            platform.destroyForcibly().waitFor();
        }
        long leftRunning = postmaster();
        assertThat(running(leftRunning)).as("PostgreSQL outlived the killed JVM").isTrue();

        try (EmbeddedDatabaseServer again = new EmbeddedDatabaseServer(data);
                Connection connection = owner(again);
                ResultSet rows = connection.createStatement().executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("acknowledged before the kill");
            assertThat(running(leftRunning)).as("the server left running was stopped").isFalse();
            assertThat(postmaster()).isNotEqualTo(leftRunning);
        }
    }

    @Test
    void aServerThatDiesWhileThePlatformRunsIsStartedAgainWithItsData() throws Exception {
        try (EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(data)) {
            try (Connection connection = owner(server)) {
                // the test run commits asynchronously for speed; the platform commits synchronously (decision 35)
                connection.createStatement().execute("set synchronous_commit = on");
                connection.createStatement().execute("create table kept (value text)");
                connection.createStatement().execute("insert into kept values ('before the crash')");
            }
            ProcessHandle killed = ProcessHandle.of(postmaster()).orElseThrow();
            killed.destroyForcibly();
            killed.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            long deadline = System.nanoTime() + 90_000_000_000L;
            while (true) {
                try (Connection connection = owner(server);
                        ResultSet rows = connection.createStatement().executeQuery("select value from kept")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("before the crash");
                    break;
                } catch (SQLException e) {
                    assertThat(System.nanoTime()).as("back within 90 s: %s", e.getMessage()).isLessThan(deadline);
                    Thread.sleep(500);
                }
            }
            assertThat(postmaster()).isNotEqualTo(killed.pid());
        }
        assertThat(Files.exists(data.resolve("postgres/postmaster.pid"))).as("the restarted server stops with the platform")
                .isFalse();
    }

    /** Alive and not a zombie: the killed JVM's orphans may never be reaped in a container. */
    private static boolean running(long pid) throws java.io.IOException {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
    }

    private long postmaster() throws java.io.IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
    }

    private static Connection owner(EmbeddedDatabaseServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), OWNER, server.password(OWNER));
    }
}
