import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load client of bench/dataset-10k-files.sh: plain JDK 17, no dependencies, loopback only, bounded.
 *
 * <pre>
 * java bench/DatasetFilesLoad.java BASE_URL REQUESTS CONCURRENCY NAME|PATH|EXPECTED...
 * </pre>
 *
 * Anonymous readers, no cookies kept: for each NAME|PATH|EXPECTED (the PATH relative to BASE_URL, EXPECTED a string
 * its body must contain), a warm-up of 50 requests, then REQUESTS requests with CONCURRENCY workers, then as many to the
 * reference, the sign-in page {@code /login}. A body without its EXPECTED string or a status other than 200 counts
 * as an error. Prints one line per measurement: name count errors p50 p95 p99 (milliseconds) bytes.
 */
public class DatasetFilesLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: BASE_URL REQUESTS CONCURRENCY NAME|PATH|EXPECTED...");
        }
        String base = args[0];
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int requests = Math.min(Integer.parseInt(args[1]), 20_000);
        int concurrency = Math.max(1, Math.min(Integer.parseInt(args[2]), 16));
        for (int i = 3; i < args.length; i++) {
            String[] target = args[i].split("\\|", 3);
            run(target[0], base + target[1], target[2], 50, concurrency, false);
            run(target[0], base + target[1], target[2], requests, concurrency, true);
        }
        run("reference", base + "/login", "name=\"password\"", requests, concurrency, true);
    }

    static void run(String name, String url, String expected, int count, int concurrency, boolean print) throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger bytes = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                            .header("Accept", "text/html,application/json;q=0.9").header("Accept-Language", "en").GET().build();
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - started;
                        bytes.set(response.body().length());
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (response.statusCode() != 200 || !response.body().contains(expected)) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        latencies[i] = System.nanoTime() - started;
                        errors.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (print) {
            Arrays.sort(latencies);
            System.out.printf("%s count=%d errors=%d p50=%.1f p95=%.1f p99=%.1f chars=%d statuses=%s%n", name, count,
                    errors.get(), ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), bytes.get(), statuses);
        }
    }

    static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }
}
