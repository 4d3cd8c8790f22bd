package org.ansoplatform.files.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.ansoplatform.files.BlobStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The contract on S3 (S3Mock in its own process), with a multipart threshold of 8 MB and parts of 5 MB so the
 * large object goes in three parts, and a copy limit of 1 MB so copying it takes the UploadPartCopy path that
 * production only takes above 5 GB.
 */
class S3BlobStoreTests extends BlobStoreContract {

    private static S3BlobStore store;

    @BeforeAll
    static void createStore() {
        store = BlobStoreConfiguration.s3(settings(), 1024 * 1024);
        store.createBucketIfMissing();
    }

    static S3Settings settings() {
        return new S3Settings(S3MockServer.endpoint().toString(), "us-east-1", S3MockServer.BUCKET,
                S3MockServer.ACCESS_KEY, S3MockServer.SECRET_KEY, true, true, Duration.ofMinutes(10),
                DataSize.ofMegabytes(8), DataSize.ofMegabytes(5), true, false);
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
    void anObjectOverTheCopyLimitIsCopiedInParts() throws IOException {
        byte[] content = bytes(LARGE);
        String key = put(content);
        String copy = "copies/" + key;
        store.copy(key, copy);
        assertThat(store.size(copy)).hasValue(LARGE);
        try (InputStream in = store.open(copy)) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(key);
        }
        // S3 names a multipart object's ETag by its number of parts: three ranges of 5 MB were copied
        assertThat(store.eTag(copy)).endsWith("-3\"");
    }

    @Test
    void creatingTheBucketAgainChangesNothing() {
        store.createBucketIfMissing();
        assertThat(store.bucket()).isEqualTo(S3MockServer.BUCKET);
    }
}
