package org.ansoplatform.files.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S3Mock as a separate process, started once per JVM for the tests that need an S3 service and stopped when the
 * JVM exits. It is a Spring Boot 3.5 application of its own, so it never goes on the test classpath: the build
 * copies its jar into {@code target/s3mock/} (maven-dependency-plugin) and it runs on the current JVM's
 * {@code java} with a small heap.
 */
public final class S3MockServer {

    public static final String BUCKET = "anso-test";
    public static final String ACCESS_KEY = "test-access";
    public static final String SECRET_KEY = "test-secret";

    private static URI endpoint;

    private S3MockServer() {
    }

    /** The address of the running S3Mock (started now if it is not yet), with the bucket {@link #BUCKET}. */
    public static synchronized URI endpoint() {
        if (endpoint == null) {
            endpoint = start();
        }
        return endpoint;
    }

    /** The settings of an S3 store on this S3Mock, as {@code anso.files.s3.*} names them. */
    public static Map<String, String> properties() {
        return Map.of("anso.files.s3.endpoint", endpoint().toString(), "anso.files.s3.region", "us-east-1",
                "anso.files.s3.bucket", BUCKET, "anso.files.s3.access-key", ACCESS_KEY,
                "anso.files.s3.secret-key", SECRET_KEY, "anso.files.s3.path-style", "true");
    }

    private static URI start() {
        Path jar = Path.of("target", "s3mock", "s3mock.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run `mvn -o test-compile` (it copies S3Mock there)");
        }
        try {
            int port = freePort();
            Path root = Files.createDirectories(Path.of("target", "s3mock")).resolve("data-" + ProcessHandle.current().pid());
            Path log = root.resolveSibling("s3mock-" + ProcessHandle.current().pid() + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx160m", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-jar", jar.toString(),
                    "--com.adobe.testing.s3mock.http-port=" + port, "--server.port=0",
                    "--com.adobe.testing.s3mock.store.root=" + root.toAbsolutePath(),
                    "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                    "--com.adobe.testing.s3mock.store.retain-files-on-exit=false"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, root, log), "s3mock-stop"));
            URI uri = URI.create("http://127.0.0.1:" + port);
            awaitAnswer(uri, process, log);
            return uri;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitAnswer(URI uri, Process process, Path log) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock stopped at start: " + Files.readString(log));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) uri.resolve("/" + BUCKET).toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroy();
        throw new IllegalStateException("S3Mock did not answer within a minute: " + Files.readString(log));
    }

    /** Stops S3Mock and removes what it stored, so target/ does not grow with every run. */
    private static void stop(Process process, Path root, Path log) {
        process.destroy();
        try {
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            if (Files.exists(root)) {
                try (var paths = Files.walk(root)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.deleteIfExists(log);
        } catch (IOException | InterruptedException e) {
            // a leftover under target/ is harmless; mvn clean removes it
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
