package org.ansoplatform.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL server again when it dies while the platform runs (killed, out of memory).
 * Meanwhile the platform reports itself not ready (the readiness group checks the database) and requests fail;
 * the connection pool reconnects by itself once the server is back, on the same port and data.
 */
final class ServerWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

    private final Path pgdata;
    private final int port;
    private final Map<String, String> serverConfig;
    private final ScheduledExecutorService executor;

    ServerWatchdog(Path pgdata, int port, Map<String, String> serverConfig, long intervalMillis) {
        this.pgdata = pgdata;
        this.port = port;
        this.serverConfig = Map.copyOf(serverConfig);
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::check, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (running()) {
            return;
        }
        log.warn("The embedded PostgreSQL server of {} is not running (killed?): starting it again", pgdata);
        try {
            List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port), "-F"));
            serverConfig.forEach((name, value) -> options.addAll(List.of("-c", name + "=" + value)));
            ServerRecovery.run(PostgresBinaries.command("pg_ctl", "start", "-D", pgdata.toString(), "-w", "-t", "60",
                    "-l", pgdata.resolveSibling("postgres-restarts.log").toString(), "-o", String.join(" ", options)), null);
            log.info("The embedded PostgreSQL server of {} runs again on port {}", pgdata, port);
        } catch (IOException | RuntimeException e) {
            // its backends may still hold the shared memory for a moment: the next round tries again
            log.warn("The embedded PostgreSQL server of {} did not start again yet: {}", pgdata, e.getMessage());
        }
    }

    private boolean running() {
        try {
            List<String> lines = Files.readAllLines(pgdata.resolve("postmaster.pid"));
            return !lines.isEmpty() && lines.get(0).strip().matches("\\d+")
                    && ServerRecovery.alive(Long.parseLong(lines.get(0).strip()));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(70, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
