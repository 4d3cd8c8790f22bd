package org.ansoplatform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.files.upload.TusUploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * 64 MB through the resumable protocol, its connection broken twice in the middle of a PATCH: the upload resumes
 * from the offset the server reports and is stored with the SHA-256 and MD5 of the whole file. Nothing here holds
 * the file: the bytes are generated as they are sent, so the test proves bounded memory when it runs in a JVM with
 * a small heap (the lead runs it with a small -Xmx beside the S3 execution, issue 23; docs/uploads.md).
 */
class ResumableUploadMemoryTests extends IntegrationTest {

    static final long SIZE = 64L * 1024 * 1024;
    static final long PIECE = 16L * 1024 * 1024;

    @Autowired TusUploads uploads;
    @Autowired ResumableUploads resumable;
    @Autowired FileStorage storage;

    final UUID owner = UUID.randomUUID();

    @Test
    void sixtyFourMegabytesInInterruptedPiecesAreStoredWithTheRightChecksums() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", TusUploads.PATH);
        post.addHeader("Tus-Resumable", "1.0.0");
        post.addHeader("Upload-Length", SIZE);
        post.addHeader("Upload-Metadata", "filename " + java.util.Base64.getEncoder().encodeToString("big.txt".getBytes()));
        MockHttpServletResponse created = new MockHttpServletResponse();
        uploads.process(post, created, owner);
        assertThat(created.getStatus()).isEqualTo(201);
        String location = created.getHeader("Location");

        long offset = 0;
        int interruptions = 0;
        while (offset < SIZE) {
            long length = Math.min(PIECE, SIZE - offset);
            // the second and third PATCH break off a third of the way in, as a dropped connection does
            long breakAfter = interruptions < 2 && offset > 0 ? length / 3 : -1;
            MockHttpServletResponse response = patch(location, offset, length, breakAfter);
            if (breakAfter >= 0) {
                interruptions++;
            } else {
                assertThat(response.getStatus()).as(response.getErrorMessage()).isEqualTo(204);
            }
            offset = uploads.find(location, owner).orElseThrow().offset(); // HEAD: where to go on
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

    private MockHttpServletResponse patch(String location, long offset, long length, long breakAfter) throws IOException {
        InputStream body = new Generated(offset, length, breakAfter);
        MockHttpServletRequest patch = new MockHttpServletRequest("PATCH", location) {
            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(body);
            }
        };
        patch.addHeader("Tus-Resumable", "1.0.0");
        patch.addHeader("Upload-Offset", offset);
        patch.addHeader("Content-Type", "application/offset+octet-stream");
        patch.addHeader("Content-Length", length);
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            uploads.process(patch, response, owner);
        } catch (IOException e) {
            // the broken connection: what arrived before it is kept
        }
        return response;
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
