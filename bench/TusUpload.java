import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resumable upload client of bench/upload-5g.sh: plain JDK 17, no dependencies, loopback only, bounded. It
 * speaks tus 1.0 as any client would, signed in with a session like the browser:
 *
 * <pre>
 * java bench/TusUpload.java BASE_URL EMAIL PASSWORD FILE SHA256 INTERRUPTIONS
 * </pre>
 *
 * Then deposits it: creates a draft dataset through the JSON API and adds the finished upload to it
 * ({@code POST /api/v1/datasets/{id}/files/uploaded}, where the server compares the declared SHA-256 with the one it
 * computed while receiving), and prints the server's answer: the stored file with its size and checksums.
 *
 * Creates an upload (its length, name and declared SHA-256 in Upload-Metadata), then sends the file with PATCH,
 * cutting the connection INTERRUPTIONS times at evenly spaced points (the request body fails mid-stream, so the
 * server sees a broken connection), each time asking the server for its offset with HEAD and resuming from there.
 * Prints {@code upload=<url> seconds=<s> mb_per_s=<x> resumed_at=<offsets>}. Every request has a timeout; the
 * whole upload at most 2 hours.
 */
public class TusUpload {

    static final CookieManager COOKIES = new CookieManager();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(COOKIES)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    static final long DEADLINE = System.nanoTime() + Duration.ofHours(2).toNanos();

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            throw new IllegalArgumentException("usage: BASE_URL EMAIL PASSWORD FILE SHA256 INTERRUPTIONS");
        }
        String base = args[0];
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        Path file = Path.of(args[3]);
        long length = java.nio.file.Files.size(file);
        int interruptions = Math.max(0, Math.min(Integer.parseInt(args[5]), 10));
        String csrf = signIn(base, args[1], args[2]);
        String metadata = "filename " + b64(file.getFileName().toString()) + ",sha256 " + b64(args[4]);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/uploads"))
                .timeout(Duration.ofSeconds(30)).header("Tus-Resumable", "1.0.0").header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", metadata).header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("creation answered " + created.statusCode() + ": " + created.body());
        }
        URI upload = URI.create(base).resolve(created.headers().firstValue("Location").orElseThrow());
        long started = System.nanoTime();
        StringBuilder resumedAt = new StringBuilder();
        long offset = 0;
        for (int piece = 0; piece <= interruptions; piece++) {
            if (System.nanoTime() > DEADLINE) {
                throw new IllegalStateException("over two hours");
            }
            if (piece > 0) {
                offset = offset(upload, csrf);
                resumedAt.append(resumedAt.length() == 0 ? "" : ",").append(offset);
            }
            long cut = piece < interruptions ? length * (piece + 1) / (interruptions + 1) : -1;
            patch(upload, csrf, file, offset, length, cut);
        }
        long end = offset(upload, csrf);
        if (end != length) {
            throw new IllegalStateException("the server has " + end + " of " + length + " bytes");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("upload=%s seconds=%.1f mb_per_s=%.1f resumed_at=%s%n", upload, seconds,
                length / 1048576.0 / seconds, resumedAt);
        HttpResponse<String> dataset = json(base + "/api/v1/datasets", csrf, """
                {"titles":[{"language":"en","text":"Benchmark upload"}],
                 "creators":[{"kind":"PERSON","familyName":"Bench","givenName":"Mark"}],"licence":"CC-BY-4.0"}""");
        if (dataset.statusCode() != 201) {
            throw new IllegalStateException("creating the dataset answered " + dataset.statusCode() + ": " + dataset.body());
        }
        Matcher id = Pattern.compile("\"datasetId\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(dataset.body());
        if (!id.find()) {
            throw new IllegalStateException("no id in " + dataset.body());
        }
        long finishing = System.nanoTime();
        HttpResponse<String> added = json(base + "/api/v1/datasets/" + id.group(1) + "/files/uploaded", csrf,
                "{\"upload\":\"" + upload + "\",\"folder\":\"\",\"sha256\":\"" + args[4] + "\"}");
        System.out.printf("deposit=%d finish_seconds=%.1f file=%s%n", added.statusCode(),
                (System.nanoTime() - finishing) / 1e9, added.body());
        if (added.statusCode() != 201) {
            throw new IllegalStateException("adding the upload answered " + added.statusCode());
        }
    }

    static HttpResponse<String> json(String url, String csrf, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the file from {@code offset}; when {@code cut} is not negative the body breaks after byte {@code cut}. */
    static void patch(URI upload, String csrf, Path file, long offset, long length, long cut) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(upload).timeout(Duration.ofMinutes(90))
                .header("Tus-Resumable", "1.0.0").header("Upload-Offset", Long.toString(offset))
                .header("Content-Type", "application/offset+octet-stream").header("X-CSRF-TOKEN", csrf)
                .method("PATCH", HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> slice(file, offset, cut)), length - offset))
                .build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (cut >= 0) {
                throw new IllegalStateException("the cut connection was answered " + answer.statusCode());
            }
            if (answer.statusCode() != 204) {
                throw new IllegalStateException("PATCH answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (IOException e) {
            if (cut < 0) {
                throw e;
            }
            Thread.sleep(500); // the server notices the broken connection and saves what it received
        }
    }

    /** The server's offset; while the request cut off is still being wound up there (423 Locked), asks again. */
    static long offset(URI upload, String csrf) throws Exception {
        HttpResponse<Void> head;
        long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            head = HTTP.send(HttpRequest.newBuilder(upload).timeout(Duration.ofSeconds(30))
                    .header("Tus-Resumable", "1.0.0").header("X-CSRF-TOKEN", csrf)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (head.statusCode() != 423 || System.nanoTime() > giveUp) {
                break;
            }
            Thread.sleep(500);
        }
        if (head.statusCode() != 200 && head.statusCode() != 204) {
            throw new IllegalStateException("HEAD answered " + head.statusCode());
        }
        return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
    }

    /** The file from {@code offset}, failing with an IOException after byte {@code cut} when it is not negative. */
    static InputStream slice(Path file, long offset, long cut) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            InputStream in = Channels.newInputStream(channel);
            if (cut < 0) {
                return in;
            }
            return new InputStream() {
                long position = offset;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    if (position >= cut) {
                        throw new IOException("connection cut at " + position);
                    }
                    int read = in.read(buffer, off, (int) Math.min(len, cut - position));
                    position += Math.max(read, 0);
                    return read;
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String signIn(String base, String email, String password) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String token = csrf(page.body());
        String form = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("signing in as " + email + " failed: " + answer.statusCode());
        }
        HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/account")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return csrf(home.body());
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

    static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
