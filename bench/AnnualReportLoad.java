import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Annual Report's load client (bench/annual-report.sh): plain JDK 17, no dependencies, loopback only, bounded.
 *
 * <pre>
 * java bench/AnnualReportLoad.java BASE_URL REQUESTS CONCURRENCY PDFS
 * </pre>
 *
 * Signs in as the demo Secretariat, starts a 2021 draft beside the demo's frozen edition (a copy of its sections),
 * then REQUESTS requests to the draft's preview ({@code /secretariat/annual-report/2021/preview}, every figure
 * computed live), as many anonymous ones to the published edition ({@code /annual-report/2021}, stored pages) and to
 * the reference, the sign-in page {@code /login}, the readers' languages taking turns; then PDFS renderings of the
 * draft's print PDF in English and in Chinese ({@code .../preview.pdf?language=en|zh}), one at a time.
 * A status other than 200 or a body that is not what it should be counts as an error. Prints one line per
 * measurement: name count errors p50 p95 p99 max (milliseconds), and bytes for the PDFs.
 */
public class AnnualReportLoad {

    static final String[] LANGUAGES = {"en", "zh-CN,zh;q=0.9", "ru", "es", "fr"};

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: BASE_URL REQUESTS CONCURRENCY PDFS");
        }
        String base = args[0];
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int requests = Math.min(Integer.parseInt(args[1]), 20_000);
        int concurrency = Math.max(1, Math.min(Integer.parseInt(args[2]), 16));
        int pdfs = Math.max(1, Math.min(Integer.parseInt(args[3]), 20));
        HttpClient anonymous = client(null);
        HttpClient secretariat = client(new CookieManager());
        signIn(secretariat, base, "secretariat@example.org", "anso-demo-2026");
        createDraft(secretariat, base, 2021);
        String draft = base + "/secretariat/annual-report/2021/preview";
        run(secretariat, "warmup", draft, "2021", 20, concurrency, false);
        run(anonymous, "warmup", base + "/annual-report/2021", "2021", 50, concurrency, false);
        run(secretariat, "draft", draft, "2021", requests, concurrency, true);
        run(anonymous, "frozen", base + "/annual-report/2021", "2021", requests, concurrency, true);
        run(anonymous, "reference", base + "/login", "name=\"password\"", requests, concurrency, true);
        // the draft's print PDF is rendered on each request (the published one is a stored file)
        for (String language : List.of("en", "zh")) {
            pdf(secretariat, "pdf-" + language, draft + ".pdf?language=" + language, pdfs);
        }
    }

    static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER);
        return cookies == null ? builder.build() : builder.cookieHandler(cookies).build();
    }

    static void run(HttpClient http, String name, String url, String expected, int count, int concurrency, boolean print)
            throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                            .header("Accept", "text/html").header("Accept-Language", LANGUAGES[i % LANGUAGES.length]).GET().build();
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || !response.body().contains(expected)) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - started;
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (print) {
            System.out.println(line(name, latencies, errors.get(), ""));
        }
    }

    static void pdf(HttpClient http, String name, String url, int count) throws Exception {
        long[] latencies = new long[count];
        int errors = 0;
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            latencies[i] = System.nanoTime() - started;
            byte[] body = response.body();
            if (response.statusCode() != 200 || body.length < 4 || !new String(body, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")) {
                errors++;
            }
            bytes = body.length;
        }
        System.out.println(line(name, latencies, errors, " bytes=" + bytes));
    }

    static String line(String name, long[] latencies, int errors, String extra) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return String.format(java.util.Locale.ROOT, "%s count=%d errors=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f%s", name,
                sorted.length, errors, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6, extra);
    }

    static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    static void signIn(HttpClient http, String base, String email, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String form = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(page.body()));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("signing in as " + email + " failed: " + answer.statusCode());
        }
    }

    /** A 2021 draft next to the demo's frozen edition (it copies its sections); one that exists already is kept. */
    static void createDraft(HttpClient http, String base, int year) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/secretariat/annual-report")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String form = "year=" + year + "&_csrf=" + enc(csrf(page.body()));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/secretariat/annual-report"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 && answer.statusCode() != 422) {
            throw new IllegalStateException("creating the " + year + " draft answered " + answer.statusCode());
        }
    }

    static String csrf(String html) {
        Matcher meta = Pattern.compile("name=\"_csrf\"\\s+content=\"([^\"]+)\"|content=\"([^\"]+)\"\\s+name=\"_csrf\"|"
                + "name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(html);
        if (!meta.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        for (int g = 1; g <= 4; g++) {
            if (meta.group(g) != null) {
                return meta.group(g);
            }
        }
        throw new IllegalStateException();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
