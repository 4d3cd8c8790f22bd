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
 * The front page's load client (bench/front-page.sh): plain JDK 17, no dependencies, loopback only, bounded.
 *
 * <pre>
 * java bench/FrontLoad.java BASE_URL REQUESTS CONCURRENCY
 * </pre>
 *
 * Anonymous visitors, no cookies kept: a warm-up of 200 requests, then REQUESTS requests to the front page {@code /},
 * the readers' languages taking turns (Accept-Language en, zh, ru, es, fr), then as many to the reference, the
 * sign-in page {@code /login} (the cheapest page: the layout and a form, no query of any module), with the same
 * client and languages. Each body must say what it is (the front page's JSON-LD, the sign-in form), or it counts as
 * an error. Prints one line per measurement: name count errors p50 p95 p99 (milliseconds).
 */
public class FrontLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    static final String[] LANGUAGES = {"en", "zh-CN,zh;q=0.9", "ru", "es", "fr"};

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BASE_URL REQUESTS CONCURRENCY");
        }
        String base = args[0];
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int requests = Math.min(Integer.parseInt(args[1]), 100_000);
        int concurrency = Math.max(1, Math.min(Integer.parseInt(args[2]), 64));
        run("warmup", base + "/", "application/ld+json", 200, concurrency, false);
        run("front", base + "/", "application/ld+json", requests, concurrency, true);
        run("reference", base + "/login", "name=\"password\"", requests, concurrency, true);
    }

    static void run(String name, String url, String expected, int count, int concurrency, boolean print) throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                            .header("Accept", "text/html").header("Accept-Language", LANGUAGES[i % LANGUAGES.length]).GET().build();
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - started;
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
            System.out.printf("%s count=%d errors=%d p50=%.1f p95=%.1f p99=%.1f statuses=%s%n", name, count, errors.get(),
                    ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), statuses);
        }
    }

    static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }
}
