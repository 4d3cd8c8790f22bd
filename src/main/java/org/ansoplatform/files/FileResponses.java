package org.ansoplatform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Sends a stored file as a download that can be resumed and fetched in pieces (decision 249): a single byte range
 * is answered with 206 and only those bytes, read from the store as a range; a range past the end with 416;
 * several ranges, a malformed one or an {@code If-Range} that no longer matches with the whole file. The ETag is
 * the content's SHA-256, so it never changes for a file. Where the store offers presigned addresses and the caller
 * allows it, the reader is sent there with a 302 instead and the bytes never pass through the platform.
 */
@Component
public class FileResponses {

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final FileStorage storage;
    private final Duration presignedFor;

    FileResponses(FileStorage storage, @Value("${anso.files.s3.presign-ttl:10m}") Duration presignedFor) {
        this.storage = storage;
        this.presignedFor = presignedFor;
    }

    /** Whether a redirect to the store is allowed: only for files any reader of the address may have. */
    public enum Redirect {
        ALLOWED, NEVER
    }

    /** What a request gets: the whole file, a piece of it, a redirect, or no content. */
    public record Answer(int status, long start, long length, URI location) {

        /** Whether bytes (or the address of the bytes) reach the reader, which is what usage counts. */
        public boolean delivers() {
            return status == 200 || status == 206 || status == 302;
        }
    }

    /** Decides the answer to a request with these headers, without reading the file. */
    public Answer answer(StoredFile file, String downloadName, String range, String ifRange, String ifNoneMatch,
            Redirect redirect) {
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || ifNoneMatch.contains(etag(file)))) {
            return new Answer(304, 0, 0, null);
        }
        if (redirect == Redirect.ALLOWED) {
            Optional<URI> presigned = storage.presignedDownload(file, downloadName, presignedFor);
            if (presigned.isPresent()) {
                return new Answer(302, 0, 0, presigned.get());
            }
        }
        long size = file.size();
        Matcher matcher = range == null ? null : SINGLE_RANGE.matcher(range.trim());
        // If-Range with a date or another ETag: the file the reader has a piece of is not this one, send it whole
        boolean sameFile = ifRange == null || ifRange.trim().equals(etag(file));
        if (matcher == null || !matcher.matches() || !sameFile) {
            return new Answer(200, 0, size, null);
        }
        String first = matcher.group(1);
        String last = matcher.group(2);
        if (first.isEmpty() && last.isEmpty()) {
            return new Answer(200, 0, size, null);
        }
        if (first.isEmpty()) {
            long suffix = parse(last);
            return suffix <= 0 ? new Answer(416, 0, 0, null)
                    : new Answer(206, Math.max(0, size - suffix), Math.min(suffix, size), null);
        }
        long start = parse(first);
        if (!last.isEmpty() && parse(last) < start) {
            return new Answer(200, 0, size, null); // invalid, so ignored as RFC 9110 asks
        }
        if (start >= size) {
            return new Answer(416, 0, 0, null);
        }
        long end = last.isEmpty() ? size - 1 : Math.min(parse(last), size - 1);
        return new Answer(206, start, end - start + 1, null);
    }

    /** The answer to the current request as an entity; the body streams from the store. */
    public ResponseEntity<Resource> entity(StoredFile file, String downloadName, HttpServletRequest request,
            Redirect redirect) {
        Answer answer = answer(file, downloadName, request.getHeader(HttpHeaders.RANGE),
                request.getHeader(HttpHeaders.IF_RANGE), request.getHeader(HttpHeaders.IF_NONE_MATCH), redirect);
        HttpHeaders headers = headers(file, downloadName);
        switch (answer.status()) {
            case 302:
                return ResponseEntity.status(HttpStatus.FOUND).location(answer.location()).build();
            case 304:
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
            case 416:
                headers.set(HttpHeaders.CONTENT_RANGE, "bytes */" + file.size());
                return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE).headers(headers).build();
            default:
                if (answer.status() == 206) {
                    headers.set(HttpHeaders.CONTENT_RANGE, contentRange(answer, file));
                }
                headers.setContentLength(answer.length());
                headers.setContentType(MediaType.parseMediaType(file.mediaType()));
                if (HttpMethod.HEAD.matches(request.getMethod())) {
                    return ResponseEntity.status(answer.status()).headers(headers).build(); // nothing fetched
                }
                InputStream content = storage.open(file, answer.start(), answer.length());
                return ResponseEntity.status(answer.status()).headers(headers).body(new InputStreamResource(content));
        }
    }

    /**
     * Writes the answer to the current request; {@code onDelivery} runs once, before any byte is sent, when the
     * answer delivers the file (or its address), so a caller counts a download once per request.
     */
    public void send(StoredFile file, String downloadName, HttpServletRequest request, HttpServletResponse response,
            Redirect redirect, Runnable onDelivery) throws IOException {
        Answer answer = answer(file, downloadName, request.getHeader(HttpHeaders.RANGE),
                request.getHeader(HttpHeaders.IF_RANGE), request.getHeader(HttpHeaders.IF_NONE_MATCH), redirect);
        if (answer.delivers()) {
            onDelivery.run();
        }
        if (answer.status() == 302) {
            response.setStatus(302);
            response.setHeader(HttpHeaders.LOCATION, answer.location().toString());
            return;
        }
        headers(file, downloadName).forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setStatus(answer.status());
        if (answer.status() == 304) {
            return;
        }
        if (answer.status() == 416) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + file.size());
            return;
        }
        if (answer.status() == 206) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, contentRange(answer, file));
        }
        response.setContentType(file.mediaType());
        response.setContentLengthLong(answer.length());
        if (HttpMethod.HEAD.matches(request.getMethod())) {
            return;
        }
        try (InputStream content = storage.open(file, answer.start(), answer.length())) {
            content.transferTo(response.getOutputStream());
        }
    }

    /** The ETag of a file: its SHA-256, quoted, the same for every copy of the same bytes. */
    public static String etag(StoredFile file) {
        return "\"" + file.sha256() + "\"";
    }

    /**
     * {@code attachment} with the name twice, as RFC 6266 advises: a plain ASCII {@code filename} for old
     * clients and the exact name as UTF-8 in {@code filename*} (RFC 8187), which current browsers prefer.
     */
    public static String attachment(String name) {
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    private static HttpHeaders headers(StoredFile file, String downloadName) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        headers.setETag(etag(file));
        headers.set(HttpHeaders.CONTENT_DISPOSITION, attachment(downloadName));
        headers.set("X-Content-Type-Options", "nosniff");
        return headers;
    }

    private static String contentRange(Answer answer, StoredFile file) {
        return "bytes " + answer.start() + "-" + (answer.start() + answer.length() - 1) + "/" + file.size();
    }

    /** A number of the Range header; one too large for a long is past any file's end. */
    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String encode(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
