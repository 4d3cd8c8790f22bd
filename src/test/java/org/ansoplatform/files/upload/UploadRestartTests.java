package org.ansoplatform.files.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Upload state lives on disk: a new server over the same directory (the platform restarted) continues an upload
 * and its digests are those of the whole file; digests left stale by a crash are computed again from the bytes.
 */
class UploadRestartTests {

    @TempDir
    Path directory;

    final UUID owner = UUID.randomUUID();

    TusUploads server() {
        return new TusUploads(directory, 1L << 30, Duration.ofDays(7), Clock.systemUTC());
    }

    static byte[] content() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 200_000; i++) {
            text.append("row ").append(i).append(",value ").append(i * 7).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    String create(TusUploads server, long length) throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/uploads");
        post.addHeader("Tus-Resumable", "1.0.0");
        post.addHeader("Upload-Length", length);
        MockHttpServletResponse response = new MockHttpServletResponse();
        server.process(post, response, owner);
        assertThat(response.getStatus()).isEqualTo(201);
        return response.getHeader("Location");
    }

    void patch(TusUploads server, String location, long offset, byte[] chunk) throws Exception {
        MockHttpServletRequest patch = new MockHttpServletRequest("PATCH", location);
        patch.addHeader("Tus-Resumable", "1.0.0");
        patch.addHeader("Upload-Offset", offset);
        patch.addHeader("Content-Type", "application/offset+octet-stream");
        patch.setContent(chunk);
        MockHttpServletResponse response = new MockHttpServletResponse();
        server.process(patch, response, owner);
        assertThat(response.getStatus()).as(response.getErrorMessage()).isEqualTo(204);
    }

    @Test
    void aNewServerOverTheSameDirectoryContinuesTheUploadWithTheRightDigests() throws Exception {
        byte[] content = content();
        int half = content.length / 2;
        TusUploads before = server();
        String location = create(before, content.length);
        patch(before, location, 0, Arrays.copyOfRange(content, 0, half));

        TusUploads after = server();
        TusUploads.Upload upload = after.find(location, owner).orElseThrow();
        assertThat(upload.offset()).isEqualTo(half);
        patch(after, location, half, Arrays.copyOfRange(content, half, content.length));

        upload = after.find(location, owner).orElseThrow();
        assertThat(upload.finished()).isTrue();
        assertThat(new UploadDigests(directory.resolve("digests")).read(upload.id()).orElseThrow().stale())
                .as("kept while receiving, not recomputed").isFalse();
        UploadDigests.Checksums checksums = after.checksums(upload);
        assertThat(checksums.sha256()).isEqualTo(TusClient.hex("SHA-256", content));
        assertThat(checksums.md5()).isEqualTo(TusClient.hex("MD5", content));
        assertThat(Files.size(after.bytes(upload))).isEqualTo(content.length);
    }

    @Test
    void digestsThatDoNotMatchTheOffsetAreComputedAgainFromTheBytes() throws Exception {
        byte[] content = content();
        TusUploads server = server();
        String location = create(server, content.length);
        patch(server, location, 0, Arrays.copyOfRange(content, 0, 1000));
        // a crash after the bytes were written but before their digests were: the state covers less than the file
        UploadDigests digests = new UploadDigests(directory.resolve("digests"));
        String id = TusUploads.id(location);
        UploadDigests.State state = digests.read(id).orElseThrow();
        digests.write(id, new UploadDigests.State(500, state.sha256(), state.md5(), -1, null, null, state.touched(), false));
        patch(server, location, 1000, Arrays.copyOfRange(content, 1000, content.length));

        TusUploads.Upload upload = server.find(location, owner).orElseThrow();
        assertThat(digests.read(id).orElseThrow().stale()).isTrue();
        assertThat(server.checksums(upload).sha256()).isEqualTo(TusClient.hex("SHA-256", content));
        assertThat(server.checksums(upload).md5()).isEqualTo(TusClient.hex("MD5", content));
    }

    @Test
    void uploadAddressesAndIdsAreReadAndAnythingElseIsNone() {
        String id = UUID.randomUUID().toString();
        assertThat(TusUploads.id("http://localhost:8080/uploads/" + id)).isEqualTo(id);
        assertThat(TusUploads.id("/api/v1/uploads/" + id)).isEqualTo(id);
        assertThat(TusUploads.id(id.toUpperCase())).isEqualTo(id);
        assertThat(TusUploads.id("/uploads/../../etc/passwd")).isNull();
        assertThat(TusUploads.id("")).isNull();
        assertThat(TusUploads.id(null)).isNull();
    }
}
