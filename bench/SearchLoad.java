import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The search benchmark's client: plain JDK 17, loopback only, bounded. Run with the single-file launcher:
 *
 * <pre>
 * java bench/SearchLoad.java BASE_URL QUERIES_DIR REQUESTS CONCURRENCY REFERENCE_PATH
 * </pre>
 *
 * For each file NAME.txt of QUERIES_DIR (one query a line), sends REQUESTS anonymous requests
 * GET /api/v1/search?q=... (queries drawn from the file, seeded) with CONCURRENCY workers, every answer with its
 * facets, then as many to REFERENCE_PATH; prints one line per measurement: name count errors p50 p95 p99 (ms)
 * and the mean number of hits. Each request times out after 30 s.
 */
public class SearchLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        Path dir = Path.of(args[1]);
        int requests = Math.min(Integer.parseInt(args[2]), 100_000);
        int concurrency = Math.min(Integer.parseInt(args[3]), 64);
        Map<String, List<String>> kinds = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                kinds.put(file.getFileName().toString().replace(".txt", ""),
                        Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList());
            }
        }
        Random random = new Random(42);
        List<String> warmup = new ArrayList<>();
        for (List<String> queries : kinds.values()) {
            for (int i = 0; i < 50; i++) {
                warmup.add(url(base, queries.get(random.nextInt(queries.size()))));
            }
        }
        run("warmup", warmup, concurrency, false);
        for (var kind : kinds.entrySet()) {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                urls.add(url(base, kind.getValue().get(random.nextInt(kind.getValue().size()))));
            }
            run(kind.getKey(), urls, concurrency, true);
        }
        run("reference", java.util.Collections.nCopies(requests, base + args[4]), concurrency, true);
    }

    static String url(String base, String query) {
        return base + "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static void run(String name, List<String> urls, int concurrency, boolean print) throws InterruptedException {
        long[] latencies = new long[urls.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] hits = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < urls.size(); i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i))).timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json").GET().build();
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - started;
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        var total = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(response.body());
                        if (total.find()) {
                            synchronized (hits) {
                                hits[0] += Long.parseLong(total.group(1));
                            }
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
            System.out.printf("%s count=%d errors=%d p50=%.1f p95=%.1f p99=%.1f meanHits=%d%n", name, urls.size(), errors.get(),
                    ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), hits[0] / Math.max(1, urls.size()));
        }
    }

    static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
