package org.ansoplatform.files.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.ansoplatform.files.BlobStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store of a platform moving to S3: the whole contract holds (writes go to S3), and an object still only in
 * the data directory is read, listed, copied and deleted as if it were in S3, but never offered presigned.
 */
class FallbackBlobStoreTests extends BlobStoreContract {

    private static S3BlobStore s3;
    private LocalBlobStore local;
    private FallbackBlobStore store;

    @BeforeAll
    static void createS3() {
        s3 = BlobStoreConfiguration.s3(S3BlobStoreTests.settings(), S3BlobStore.S3_COPY_LIMIT);
        s3.createBucketIfMissing();
    }

    @BeforeEach
    void createStore() {
        local = new LocalBlobStore(temp.resolve("files"));
        store = new FallbackBlobStore(s3, local);
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Override
    boolean presigns() {
        return true;
    }

    @Test
    void writesGoToS3Only() throws IOException {
        String key = put(bytes(300));
        assertThat(s3.exists(key)).isTrue();
        assertThat(local.exists(key)).isFalse();
    }

    @Test
    void anObjectOnlyInTheDirectoryIsReadListedCopiedAndDeletedButNotPresigned() throws IOException {
        byte[] content = bytes(2000);
        String key = sha256(content);
        Path source = temp.resolve("old");
        Files.write(source, content);
        local.put(key, source);

        assertThat(store.size(key)).hasValue(2000);
        try (InputStream in = store.open(key, 100, 50)) {
            assertThat(in.readAllBytes()).isEqualTo(slice(content, 100, 50));
        }
        Set<String> keys = new HashSet<>();
        store.forEachKey(keys::add);
        assertThat(keys).contains(key);
        assertThat(store.presignedDownload(key, "old.bin", "application/octet-stream", Duration.ofMinutes(1))).isEmpty();

        String derived = "previews/" + key + ".png";
        store.copy(key, derived);
        assertThat(s3.exists(derived)).isTrue();

        store.delete(key);
        assertThat(local.exists(key)).isFalse();
        assertThat(store.exists(key)).isFalse();
    }
}
