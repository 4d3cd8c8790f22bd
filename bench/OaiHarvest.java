import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OAI-PMH harvester of bench/oai-harvest.sh: plain JDK 17, no dependencies, loopback only, bounded.
 *
 * <pre>
 * java bench/OaiHarvest.java BASE_URL EXPECTED [REFERENCE_REQUESTS]
 * </pre>
 *
 * Harvests the whole repository with {@code ListRecords} in {@code oai_datacite}, following resumption tokens until
 * an empty one (at most EXPECTED / 10 + 100 pages, 60 s per page), one request at a time, as a harvester does. Checks
 * that each identifier comes once and that EXPECTED records came. Then REFERENCE_REQUESTS (default 200) requests to the
 * sign-in page {@code /login} with the same client. Prints: records, pages, seconds, records/s; the median time of the
 * first, middle and last five pages; the reference's p50 (milliseconds).
 */
public class OaiHarvest {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*?(?:/>|>([^<]*)</resumptionToken>)");
    static final Pattern IDENTIFIER = Pattern.compile("<header[^>]*><identifier>([^<]+)</identifier>");

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BASE_URL EXPECTED [REFERENCE_REQUESTS]");
        }
        String base = args[0];
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        long expected = Long.parseLong(args[1]);
        int references = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        long maxPages = expected / 10 + 100;
        List<Double> pageMillis = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long records = 0;
        String query = "verb=ListRecords&metadataPrefix=oai_datacite";
        long started = System.nanoTime();
        while (query != null) {
            if (pageMillis.size() >= maxPages) {
                throw new IllegalStateException("more than " + maxPages + " pages");
            }
            long t = System.nanoTime();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oai?" + query))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            pageMillis.add((System.nanoTime() - t) / 1e6);
            String body = response.body();
            if (response.statusCode() != 200 || body.contains("<error ")) {
                throw new IllegalStateException("page " + pageMillis.size() + ": " + response.statusCode() + " "
                        + body.substring(0, Math.min(500, body.length())));
            }
            Matcher id = IDENTIFIER.matcher(body);
            while (id.find()) {
                records++;
                if (!seen.add(id.group(1))) {
                    throw new IllegalStateException("sent twice: " + id.group(1));
                }
            }
            Matcher token = TOKEN.matcher(body);
            String next = token.find() ? token.group(1) : null;
            query = next == null || next.isEmpty() ? null
                    : "verb=ListRecords&resumptionToken=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (records != expected) {
            throw new IllegalStateException("harvested " + records + " records, expected " + expected);
        }
        int n = pageMillis.size();
        System.out.printf("harvest records=%d pages=%d seconds=%.1f records_per_s=%.0f%n", records, n, seconds, records / seconds);
        System.out.printf("pages first=%.1f middle=%.1f last=%.1f (median ms of five pages)%n", median(pageMillis, 0),
                median(pageMillis, Math.max(0, n / 2 - 2)), median(pageMillis, Math.max(0, n - 6)));
        List<Double> login = new ArrayList<>();
        for (int i = 0; i < references; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("password")) {
                throw new IllegalStateException("/login answered " + response.statusCode());
            }
            login.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf("reference /login p50=%.1f ms over %d requests%n", median(login, 0, login.size()), references);
    }

    static double median(List<Double> values, int from) {
        return median(values, from, 5);
    }

    static double median(List<Double> values, int from, int count) {
        double[] window = values.subList(from, Math.min(values.size(), from + count)).stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(window);
        return window.length == 0 ? Double.NaN : window[window.length / 2];
    }
}
