package org.ansoplatform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.files.upload.TusUploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 64 MB through the resumable protocol over real HTTP (the running server, a script's API token), the connection
 * broken twice in the middle of a PATCH: the upload resumes from the offset the server reports and is stored with
 * the SHA-256 and MD5 of the whole file. Nothing here holds the file: the bytes are generated as they are sent, so
 * the test proves bounded memory when it runs in a JVM with a small heap (the lead runs it with a small -Xmx beside
 * the S3 execution, issue 23; docs/uploads.md).
 */
class ResumableUploadMemoryTests extends IntegrationTest {

    static final long SIZE = 64L * 1024 * 1024;
    static final long PIECE = 16L * 1024 * 1024;

    @Autowired AccountManagement accounts;
    @Autowired ResumableUploads resumable;
    @Autowired FileStorage storage;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sixtyFourMegabytesInInterruptedPiecesAreStoredWithTheRightChecksums() throws Exception {
        String email = "memory." + System.nanoTime() + "@example.net";
        UUID owner = accounts.createActive(email, "Memory Tester", "a sturdy memory passphrase",
                EnumSet.of(org.ansoplatform.accounts.Role.APPLICANT));
        String token = "Bearer " + accounts.createApiToken(owner, "memory test").secret();
        HttpResponse<String> created = http.send(tus(HttpRequest.newBuilder(uri(TusUploads.API_PATH)), token)
                .header("Upload-Length", Long.toString(SIZE))
                .header("Upload-Metadata", "filename " + Base64.getEncoder().encodeToString("big.txt".getBytes()))
                .POST(BodyPublishers.noBody()).build(), BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();

        long offset = 0;
        int interruptions = 0;
        while (offset < SIZE) {
            long length = Math.min(PIECE, SIZE - offset);
            // the second and third PATCH break off a third of the way in, as a dropped connection does
            long breakAfter = interruptions < 2 && offset > 0 ? length / 3 : -1;
            InputStream body = new Generated(offset, length, breakAfter);
            HttpRequest patch = tus(HttpRequest.newBuilder(uri(location)), token).header("Upload-Offset", Long.toString(offset))
                    .header("Content-Type", "application/offset+octet-stream")
                    .method("PATCH", BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> body), length)).build();
            try {
                HttpResponse<String> answer = http.send(patch, BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
            } catch (IOException broken) {
                assertThat(breakAfter).as("only the PATCHes this test breaks off fail").isNotNegative();
                interruptions++;
            }
            long now = offset(location, token);
            assertThat(now).as("what arrived is kept, nothing more").isBetween(offset, offset + length);
            offset = now;
        }
        assertThat(interruptions).isEqualTo(2);

        StoredFile stored = resumable.finish(owner, location, Set.of("text/plain"), resumable.maxSize());
        assertThat(stored.size()).isEqualTo(SIZE);
        assertThat(stored.sha256()).isEqualTo(expected("SHA-256"));
        assertThat(stored.md5()).isEqualTo(expected("MD5"));
        try (InputStream in = storage.open(stored, SIZE - 10, 10)) {
            assertThat(in.readAllBytes()).isEqualTo(range(SIZE - 10, 10));
        }
    }

    /** HEAD: where the server stands; while the broken request still holds the upload, it answers 423 and we wait. */
    private long offset(String location, String token) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            HttpResponse<Void> head = http.send(tus(HttpRequest.newBuilder(uri(location)), token)
                    .method("HEAD", BodyPublishers.noBody()).build(), BodyHandlers.discarding());
            if (head.statusCode() == 200 || head.statusCode() == 204) {
                return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the upload stayed locked");
    }

    private static HttpRequest.Builder tus(HttpRequest.Builder builder, String token) {
        return builder.header("Tus-Resumable", "1.0.0").header("Authorization", token);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The file's bytes at {@code position}: printable, not compressible to nothing, the same on every run. */
    static byte at(long position) {
        return (byte) ('a' + (position * 31 + position / 4093) % 26);
    }

    static byte[] range(long from, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = at(from + i);
        }
        return bytes;
    }

    static String expected(String algorithm) throws Exception {
        MessageDigest digest = MessageDigest.getInstance(algorithm);
        byte[] buffer = new byte[64 * 1024];
        for (long position = 0; position < SIZE; position += buffer.length) {
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] = at(position + i);
            }
            digest.update(buffer);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@code length} generated bytes from {@code offset}, failing like a dropped connection after {@code breakAfter}. */
    static final class Generated extends InputStream {

        private final long end;
        private final long breakAt;
        private long position;

        Generated(long offset, long length, long breakAfter) {
            this.position = offset;
            this.end = offset + length;
            this.breakAt = breakAfter < 0 ? Long.MAX_VALUE : offset + breakAfter;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            if (position >= breakAt) {
                throw new IOException("connection reset");
            }
            if (position >= end) {
                return -1;
            }
            int n = (int) Math.min(len, Math.min(end, breakAt) - position);
            for (int i = 0; i < n; i++) {
                buffer[off + i] = at(position++);
            }
            return n;
        }
    }
}
