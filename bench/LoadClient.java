import java.io.IOException;
import java.net.CookieManager;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load client of the benchmarks in bench/: plain JDK 17, no dependencies, loopback only, bounded.
 * Run with the single-file source launcher:
 *
 * <pre>
 * java bench/LoadClient.java list  BASE_URL CALL_ID REQUESTS CONCURRENCY
 * java bench/LoadClient.java surge BASE_URL TOKENS_CSV APPLICATIONS_CSV WORKERS SECONDS SUCCEEDED_OUT
 * java bench/LoadClient.java reads BASE_URL TOKENS_CSV APPLICATIONS_CSV WORKERS SECONDS ANSWERED_OUT
 * </pre>
 *
 * list: signs in as the demo Secretariat, warms up, then sends REQUESTS requests with CONCURRENCY workers to
 * the filtered list of the call's applications (a fixed mix of filters and pages, seeded), then the same
 * number of requests to the reference endpoint GET /api/v1/calls with the same client; prints one line per
 * measurement: name count errors p50 p95 p99 (milliseconds).
 *
 * surge: WORKERS workers for SECONDS seconds, each taking the next (token, application) and submitting it
 * with POST /api/v1/applications/{id}/submission, an Idempotency-Key and the applicant's bearer token; one
 * submission in twenty is sent a second time with the same key, and must answer the same reference. Writes
 * the ids answered 2xx to SUCCEEDED_OUT and prints key=value lines.
 *
 * reads: the same workers, tokens and applications, each request GET /api/v1/applications/{id} by its owner (going
 * round the list again when it ends): the cheapest authenticated request of the API, one token check and one
 * read, as the surge's reference for what any HTTP request costs on this stack and machine.
 */
public class LoadClient {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: list BASE CALL REQUESTS CONCURRENCY | surge BASE TOKENS APPLICATIONS WORKERS SECONDS OUT");
        }
        String base = args[1];
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        switch (args[0]) {
            case "list" -> list(base, args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "surge", "reads" -> surge(base, Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Path.of(args[6]), args[0].equals("reads"));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // benchmark A

    static void list(String base, String callId, int requests, int concurrency) throws Exception {
        signIn(base, "secretariat@example.org", "anso-demo-2026");
        Random random = new Random(42);
        String[] countries = {"PK", "BD", "NG", "ET", "KE", "EG", "GH", "NP", "LK", "CM", "IR", "VN", "BR", "FR", "MN", "ZW"};
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            StringBuilder query = new StringBuilder("?page=" + random.nextInt(6));
            if (random.nextInt(10) < 5) {
                query.append("&country=").append(countries[random.nextInt(countries.length)]);
            }
            if (random.nextInt(10) < 5) {
                query.append("&track=").append(random.nextBoolean() ? "PHD" : "MASTER");
            }
            if (random.nextInt(10) < 4) {
                query.append("&status=SUBMITTED");
            }
            if (random.nextInt(10) < 3) {
                query.append("&eligible=").append(random.nextInt(4) > 0);
            }
            if (random.nextInt(10) < 2) {
                query.append("&nominated=").append(random.nextBoolean());
            }
            mix.add(base + "/api/v1/calls/" + callId + "/applications" + query);
        }
        run("warmup", mix.subList(0, Math.min(200, mix.size())), concurrency, false);
        run("list", mix, concurrency, true);
        run("reference", java.util.Collections.nCopies(requests, base + "/api/v1/calls"), concurrency, true);
    }

    static void run(String name, List<String> urls, int concurrency, boolean print) throws InterruptedException {
        long[] latencies = new long[urls.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < urls.size(); i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i))).timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json").GET().build();
                    long started = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latencies[i] = System.nanoTime() - started;
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (response.statusCode() != 200) {
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
            System.out.printf("%s count=%d errors=%d p50=%.1f p95=%.1f p99=%.1f statuses=%s%n", name, urls.size(), errors.get(),
                    ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), statuses);
        }
    }

    static void signIn(String base, String email, String password) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no _csrf field on /login");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String form = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused: " + answer.statusCode() + " " + location);
        }
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // benchmark B

    record Work(String token, String applicationId) {
    }

    static void surge(String base, Path tokensCsv, Path applicationsCsv, int workers, int seconds, Path out, boolean reads)
            throws Exception {
        Map<String, String> tokens = new HashMap<>();
        for (String line : Files.readAllLines(tokensCsv).subList(1, Files.readAllLines(tokensCsv).size())) {
            String[] cells = line.split(",");
            tokens.put(cells[0], cells[1]);
        }
        List<Work> work = new ArrayList<>();
        List<String> lines = Files.readAllLines(applicationsCsv);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            String token = tokens.get(cells[0]);
            if (token != null) {
                work.add(new Work(token, cells[1]));
            }
        }
        java.util.Collections.shuffle(work, new Random(7));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger retryMismatches = new AtomicInteger();
        AtomicLong lastFinish = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> succeeded = java.util.Collections.synchronizedList(new ArrayList<>());
        List<long[]> perWorker = new ArrayList<>();
        Pattern reference = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            long[] latencies = new long[work.size() * 2 + 16];
            perWorker.add(latencies);
            int worker = w;
            Thread thread = new Thread(() -> {
                Random random = new Random(1000 + worker);
                int recorded = 0;
                while (System.nanoTime() < deadline) {
                    int i = next.getAndIncrement();
                    if (i >= work.size() && !reads) {
                        break;
                    }
                    Work item = work.get(i % work.size());
                    String key = UUID.randomUUID().toString();
                    int attempts = !reads && random.nextInt(20) == 0 ? 2 : 1;
                    String firstReference = null;
                    for (int attempt = 0; attempt < attempts; attempt++) {
                        HttpRequest request = reads
                                ? HttpRequest.newBuilder(URI.create(base + "/api/v1/applications/" + item.applicationId()))
                                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + item.token())
                                        .header("Accept", "application/json").GET().build()
                                : HttpRequest.newBuilder(URI.create(base + "/api/v1/applications/" + item.applicationId() + "/submission"))
                                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + item.token())
                                        .header("Idempotency-Key", key).header("Accept", "application/json")
                                        .POST(HttpRequest.BodyPublishers.noBody()).build();
                        long begin = System.nanoTime();
                        try {
                            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                            long took = System.nanoTime() - begin;
                            if (recorded < latencies.length - 1) {
                                latencies[recorded++] = took;
                            }
                            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            if (response.statusCode() / 100 != 2) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, response.statusCode() + " " + item.applicationId() + " "
                                        + response.body().replaceAll("\\s+", " "));
                                continue;
                            }
                            Matcher found = reference.matcher(response.body());
                            String ref = found.find() ? found.group(1) : null;
                            if (attempt == 0) {
                                firstReference = ref;
                                succeeded.add(item.applicationId() + "," + ref);
                            } else {
                                retries.incrementAndGet();
                                if (ref == null || !ref.equals(firstReference)) {
                                    retryMismatches.incrementAndGet();
                                }
                            }
                        } catch (IOException | InterruptedException e) {
                            if (recorded < latencies.length - 1) {
                                latencies[recorded++] = System.nanoTime() - begin;
                            }
                            errors.incrementAndGet();
                        }
                    }
                    lastFinish.accumulateAndGet(System.nanoTime(), Math::max);
                }
                latencies[latencies.length - 1] = recorded; // how many are filled, read below
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (lastFinish.get() - started) / 1e9;
        long total = 0;
        for (long[] latencies : perWorker) {
            total += latencies[latencies.length - 1];
        }
        long[] all = new long[(int) total];
        int at = 0;
        for (long[] latencies : perWorker) {
            int filled = (int) latencies[latencies.length - 1];
            System.arraycopy(latencies, 0, all, at, filled);
            at += filled;
        }
        Arrays.sort(all);
        Files.write(out, succeeded);
        System.out.printf("drafts=%d%nsubmitted_2xx=%d%nrequests=%d%nerrors=%d%nretries=%d%nretry_mismatches=%d%nexhausted=%s%n",
                work.size(), succeeded.size(), all.length, errors.get(), retries.get(), retryMismatches.get(),
                !reads && next.get() >= work.size());
        System.out.printf("seconds=%.1f%ntps=%.1f%np50=%.1f%np95=%.1f%np99=%.1f%nstatuses=%s%n", elapsed, succeeded.size() / elapsed,
                ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), statuses);
        if (firstError.get() != null) {
            System.out.println("first_error=" + firstError.get());
        }
    }

    static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
