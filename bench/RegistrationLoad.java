import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for bench/meetings-registrations.sh: COUNT registrations through
 * POST /api/v1/meetings/{id}/registrations, WORKERS at a time. Mode {@code api}: each worker is one API client
 * that opens the meeting's page once (for its session and CSRF token) and then registers people one after the
 * other. Mode {@code visitor}: every registration is a fresh browser session that first loads the page (twice
 * the requests, with the page rendering). Loopback only; every request bounded to 30 s and the whole run to
 * 60 s. Prints throughput (completed registrations per second of wall time, page loads included) and the
 * latency percentiles of the registration requests, and the outcomes as answered. Each registration first fetches
 * and solves a proof-of-work challenge (the script lowers its cost so the client's CPU does not dominate).
 * Usage: java bench/RegistrationLoad.java BASE_URL MEETING_ID COUNT WORKERS [api|visitor]
 */
public class RegistrationLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern HEADER = Pattern.compile("name=\"_csrf_header\" content=\"([^\"]+)\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String meeting = args[1];
        int count = Integer.parseInt(args[2]);
        int workers = Integer.parseInt(args[3]);
        boolean visitor = args.length > 4 && args[4].equals("visitor");
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback only");
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        long[] latencies = new long[count];
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                        .cookieHandler(new java.net.CookieManager()).build();
                int i;
                Matcher token = null;
                Matcher header = null;
                while ((i = next.getAndIncrement()) < count) {
                    try {
                        if (visitor || token == null) {
                            // a fresh session: own cookies, the page for the CSRF token
                            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                                    .cookieHandler(new java.net.CookieManager()).build();
                            String page = client.send(HttpRequest.newBuilder(URI.create(base + "/meetings/" + meeting))
                                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
                            token = CSRF.matcher(page);
                            header = HEADER.matcher(page);
                            if (!token.find() || !header.find()) {
                                token = null;
                                outcomes.computeIfAbsent("NO_CSRF", k -> new AtomicInteger()).incrementAndGet();
                                continue;
                            }
                        }
                        String challenge = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/proof-of-work/challenge"))
                                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
                        String body = """
                                {"name": "Load visitor %d", "email": "load-%s-%d@example.net", "country": "%s", "role": "TRAINEE",
                                 "altcha": "%s"}"""
                                .formatted(i, run, i, i % 3 == 0 ? "KE" : i % 3 == 1 ? "PK" : "TH", solve(challenge));
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                        URI.create(base + "/api/v1/meetings/" + meeting + "/registrations"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json").header(header.group(1), token.group(1))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - t0;
                        Matcher status = STATUS.matcher(response.body());
                        String outcome = response.statusCode() == 201 && status.find() ? status.group(1) : "HTTP_" + response.statusCode();
                        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    } catch (Exception e) {
                        outcomes.computeIfAbsent("ERROR_" + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        boolean finished = pool.awaitTermination(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        List<Long> measured = new ArrayList<>();
        for (long latency : latencies) {
            if (latency > 0) {
                measured.add(latency);
            }
        }
        Collections.sort(measured);
        System.out.printf("registrations: %d of %d answered in %.2f s (%s), workers %d, mode %s%n", measured.size(), count,
                seconds, finished ? "all answered" : "NOT FINISHED WITHIN 60 s", workers, visitor ? "visitor" : "api");
        System.out.printf("throughput: %.1f registrations/s%n", measured.size() / seconds);
        System.out.printf("registration latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(measured, 50),
                pct(measured, 95), pct(measured, 99), pct(measured, 100));
        System.out.println("outcomes: " + new TreeMap<>(outcomes));
        if (!finished) {
            System.exit(2);
        }
    }

    /** The proof of work an anonymous registration needs (decision 67), found as the browser widget finds it. */
    static String solve(String challenge) throws Exception {
        String salt = field(challenge, "salt");
        String target = field(challenge, "challenge");
        long max = Long.parseLong(challenge.replaceAll("(?s).*\"maxnumber\"\\s*:\\s*(\\d+).*", "$1"));
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (long n = 0; n <= max; n++) {
            byte[] hash = sha.digest((salt + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (java.util.HexFormat.of().formatHex(hash).equals(target)) {
                String payload = """
                        {"algorithm":"SHA-256","challenge":"%s","number":%d,"salt":"%s","signature":"%s"}"""
                        .formatted(target, n, salt, field(challenge, "signature"));
                return java.util.Base64.getEncoder().encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        throw new IllegalStateException("no solution");
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
