package org.ansoplatform.files.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ansoplatform.files.BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link BlobStore} promises, run against each backend by a subclass. Keys are the content's SHA-256
 * as in production, so tests sharing one bucket never collide.
 */
abstract class BlobStoreContract {

    static final int LARGE = 11 * 1024 * 1024 + 17;

    @TempDir
    Path temp;

    private final Random random = new Random();

    /** The store under test; objects from earlier tests may be in it. */
    abstract BlobStore store();

    /** Whether the backend offers presigned downloads. */
    abstract boolean presigns();

    @Test
    void putThenOpenGivesTheBytesBack() throws IOException {
        byte[] content = bytes(1000);
        String key = put(content);
        try (InputStream in = store().open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(store().size(key)).hasValue(1000);
        assertThat(store().exists(key)).isTrue();
    }

    @Test
    void aRangeIsReadFromItsOffset() throws IOException {
        byte[] content = bytes(5000);
        String key = put(content);
        try (InputStream in = store().open(key, 1000, 250)) {
            assertThat(in.readAllBytes()).isEqualTo(slice(content, 1000, 250));
        }
        try (InputStream in = store().open(key, 4990, -1)) {
            assertThat(in.readAllBytes()).isEqualTo(slice(content, 4990, 10));
        }
        try (InputStream in = store().open(key, 0, 1)) {
            assertThat(in.readAllBytes()).isEqualTo(slice(content, 0, 1));
        }
    }

    @Test
    void aMissingKeyHasNoSizeAndCannotBeOpened() throws IOException {
        String key = sha256(bytes(10));
        assertThat(store().size(key)).isEmpty();
        assertThat(store().exists(key)).isFalse();
        assertThatThrownBy(() -> store().open(key).close()).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store().open(key, 5, 2).close()).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void deleteRemovesTheObjectAndForgivesAMissingOne() throws IOException {
        String key = put(bytes(100));
        store().delete(key);
        assertThat(store().exists(key)).isFalse();
        store().delete(key);
    }

    @Test
    void copyMakesASecondObjectWithTheSameBytes() throws IOException {
        byte[] content = bytes(3000);
        String key = put(content);
        String derived = "previews/" + key + ".png";
        store().copy(key, derived);
        try (InputStream in = store().open(derived)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(store().exists(key)).isTrue();
        assertThatThrownBy(() -> store().copy(sha256(bytes(5)), "previews/" + key + ".jpg"))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void everyKeyIsListedIncludingDerivedOnes() throws IOException {
        String one = put(bytes(10));
        String two = put(bytes(20));
        String derived = "previews/" + two + ".png";
        store().copy(two, derived);
        Set<String> keys = new HashSet<>();
        store().forEachKey(keys::add);
        assertThat(keys).contains(one, two, derived);
    }

    @Test
    void puttingAnExistingKeyAgainKeepsTheObject() throws IOException {
        byte[] content = bytes(700);
        String key = put(content);
        Path again = temp.resolve("again");
        Files.write(again, content);
        store().put(key, again);
        assertThat(again).exists();
        try (InputStream in = store().open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aLargeObjectGoesInPartsAndComesBackWhole() throws IOException {
        byte[] content = bytes(LARGE);
        String key = put(content);
        assertThat(store().size(key)).hasValue(LARGE);
        try (InputStream in = store().open(key)) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(key);
        }
        long boundary = 5L * 1024 * 1024;
        try (InputStream in = store().open(key, boundary - 3, 6)) {
            assertThat(in.readAllBytes()).isEqualTo(slice(content, (int) boundary - 3, 6));
        }
    }

    @Test
    void concurrentPutsOfTheSameKeyLeaveOneWholeObject() throws Exception {
        byte[] content = bytes(200_000);
        String key = sha256(content);
        List<Callable<Void>> puts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path source = temp.resolve("same-" + i);
            Files.write(source, content);
            puts.add(() -> {
                store().put(key, source);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> done : pool.invokeAll(puts)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        try (InputStream in = store().open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aPresignedAddressServesTheObjectUnderItsNameWhenTheBackendOffersOne() throws Exception {
        byte[] content = bytes(4096);
        String key = put(content);
        Optional<URI> address = store().presignedDownload(key, "Données été.csv", "text/csv", Duration.ofMinutes(5));
        assertThat(address.isPresent()).isEqualTo(presigns());
        if (address.isEmpty()) {
            return;
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(address.get()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(content);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment").contains("UTF-8''Donn%C3%A9es"));
    }

    /** Writes {@code content} to a temporary file and puts it under its SHA-256. */
    String put(byte[] content) throws IOException {
        Path source = Files.createTempFile(temp, "blob", ".bin");
        Files.write(source, content);
        String key = sha256(content);
        store().put(key, source);
        assertThat(source).exists();
        return key;
    }

    byte[] bytes(int size) {
        byte[] content = new byte[size];
        random.nextBytes(content);
        return content;
    }

    static byte[] slice(byte[] content, int offset, int length) {
        byte[] part = new byte[length];
        System.arraycopy(content, offset, part, 0, length);
        return part;
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
