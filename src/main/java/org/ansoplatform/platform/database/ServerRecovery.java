package org.ansoplatform.platform.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a start does to a data directory before its PostgreSQL server runs: stop a server that an earlier
 * instance left running on it (the JVM was killed, and the server outlived it), and bring a data directory
 * made before password authentication to it. Both run while the platform holds the data directory's lock,
 * so no other instance of the platform can be using that server.
 */
final class ServerRecovery {

    private static final Logger log = LoggerFactory.getLogger(ServerRecovery.class);

    /** What initdb writes with {@code --auth=scram-sha-256}, without the replication lines nothing uses. */
    static final String PASSWORD_AUTHENTICATION = """
            # Written by the ANSO Platform: every connection proves its role's password (SCRAM).
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private ServerRecovery() {
    }

    /**
     * Stops the server recorded in {@code postmaster.pid} if it still runs on this very directory. A recorded
     * process that is gone is PostgreSQL's own business (it removes the stale file); one that is alive but is not
     * a PostgreSQL server of this directory took over a reused process id, so the file is stale and goes.
     */
    static void stopServerLeftRunning(Path pgdata) {
        Path pidFile = pgdata.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
                return;
            }
            long pid = Long.parseLong(lines.get(0).strip());
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(handle -> alive(handle.pid()));
            if (process.isEmpty()) {
                return;
            }
            if (!samePath(lines.get(1).strip(), pgdata) || !runsOn(process.get(), pgdata)) {
                log.warn("{} names process {}, which is not a PostgreSQL server of this directory: a stale file, removed",
                        pidFile, pid);
                Files.delete(pidFile);
                return;
            }
            log.warn("A PostgreSQL server (process {}) was left running on {} by an instance that ended without stopping "
                    + "it (killed?); stopping it before starting again", pid, pgdata);
            // pg_ctl waits until the server has removed its pid file, and fails if it does not within the time
            run(PostgresBinaries.command("pg_ctl", "stop", "-D", pgdata.toString(), "-m", "fast", "-w", "-t", "60"), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check " + pidFile, e);
        }
    }

    /**
     * A data directory created before the platform used passwords trusts every local connection: the superuser
     * gets its generated password in single-user mode (no server is listening, so nobody can slip in meanwhile)
     * and the directory's {@code pg_hba.conf} then asks every connection for its password. Also run when the
     * secrets were generated anew, so that the database learns them.
     */
    static void requirePasswords(Path pgdata, DatabaseSecrets secrets) {
        Path hba = pgdata.resolve("pg_hba.conf");
        try {
            boolean trusting = Files.readAllLines(hba).stream()
                    .map(line -> line.replaceAll("#.*", "").strip())
                    .anyMatch(line -> !line.isEmpty() && !line.endsWith("scram-sha-256"));
            if (!trusting && !secrets.generated()) {
                return;
            }
            log.info("Embedded PostgreSQL in {}: switching to password authentication with the generated secrets", pgdata);
            String statement = "ALTER ROLE postgres PASSWORD '" + secrets.password("postgres") + "';\n";
            run(PostgresBinaries.command("postgres", "--single", "-D", pgdata.toString(), "-F",
                    "-c", "listen_addresses=", "-c", "unix_socket_directories=", "postgres"), statement);
            Files.writeString(hba, PASSWORD_AUTHENTICATION);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot switch " + pgdata + " to password authentication", e);
        }
    }

    /** Whether a process runs; a zombie (exited, not yet reaped by a parent that may never do it) does not. */
    static boolean alive(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
            } catch (IOException e) {
                return true; // no /proc (not Linux): the process handle's answer stands
            }
        }
        return false;
    }

    private static boolean runsOn(ProcessHandle process, Path pgdata) {
        boolean postgres = process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; postgres && i < arguments.length - 1; i++) {
            if (arguments[i].equals("-D") && samePath(arguments[i + 1], pgdata)) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePath(String recorded, Path pgdata) {
        return Path.of(recorded).toAbsolutePath().normalize().equals(pgdata.toAbsolutePath().normalize());
    }

    static void run(List<String> command, String input) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + command, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
        }
    }
}
