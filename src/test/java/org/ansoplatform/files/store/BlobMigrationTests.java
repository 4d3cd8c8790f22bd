package org.ansoplatform.files.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.files.BlobStore;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/**
 * Moving a running platform from the data directory to S3 (docs/files.md): the platform's own directory, with
 * every object the tests have stored so far, is put behind a fresh S3 bucket as the fallback; every object stays
 * readable while the copy runs and after it; then S3 alone holds them all and the integrity check of S3 finds no
 * more wrong than the same check found on the directory before (none, unless another test broke something).
 */
class BlobMigrationTests extends IntegrationTest {

    @Autowired BlobStore platformStore;
    @Autowired FileStorage storage;
    @Autowired IntegrityStore runs;
    @Autowired CurrentActor actor;

    @Test
    void theDataDirectoryMovesToS3WhileEveryObjectStaysReadable() throws Exception {
        assumeTrue(platformStore instanceof LocalBlobStore, "the platform runs on the data directory");
        LocalBlobStore local = (LocalBlobStore) platformStore;
        UUID owner = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            storage.store(owner, "before-" + i + ".txt", new ByteArrayInputStream(("Moved to S3, " + i + " " + owner)
                    .getBytes(StandardCharsets.UTF_8)), FileStorage.DOCUMENT_TYPES);
        }
        StoredFile large = storage.store(owner, "large.txt", new ByteArrayInputStream(largeText(owner)),
                FileStorage.DOCUMENT_TYPES, 20L * 1024 * 1024);
        IntegrityRun before = verify(local);

        S3BlobStore s3 = BlobStoreConfiguration.s3(settings("migration-" + owner.toString().substring(0, 8)),
                S3BlobStore.S3_COPY_LIMIT);
        s3.createBucketIfMissing();
        FallbackBlobStore fallback = new FallbackBlobStore(s3, local);
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        local.forEachKey(key -> sizes.put(key, sizeOf(local, key)));
        assertThat(sizes).containsKey(large.sha256());

        // readers keep reading every object through the fallback while the copy runs
        AtomicBoolean copying = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (copying.get()) {
                for (Map.Entry<String, Long> object : sizes.entrySet()) {
                    try (InputStream in = fallback.open(object.getKey())) {
                        if (in.transferTo(java.io.OutputStream.nullOutputStream()) != object.getValue()) {
                            failures.add(object.getKey());
                        }
                        reads.incrementAndGet();
                    } catch (Exception e) {
                        failures.add(object.getKey() + ": " + e);
                    }
                }
            }
        });
        reader.start();
        BlobIntegrity migrating = new BlobIntegrity(fallback, runs, actor, clock);
        IntegrityRun copy;
        try {
            copy = finished(migrating, migrating.startCopy());
        } finally {
            copying.set(false);
            reader.join();
            migrating.destroy();
        }
        assertThat(failures).isEmpty();
        assertThat(reads.get()).isGreaterThanOrEqualTo(sizes.size());
        assertThat(copy.state()).isEqualTo(IntegrityRun.State.DONE);
        assertThat(copy.copied()).isEqualTo(sizes.size());
        assertThat(copy.problems()).isEmpty();
        for (Map.Entry<String, Long> object : sizes.entrySet()) {
            assertThat(s3.size(object.getKey())).as(object.getKey()).hasValue(object.getValue());
        }

        // run again, the copy skips what is there already
        BlobIntegrity again = new BlobIntegrity(fallback, runs, actor, clock);
        try {
            IntegrityRun second = finished(again, again.startCopy());
            assertThat(second.copied()).isZero();
            assertThat(second.skipped()).isEqualTo(sizes.size());
        } finally {
            again.destroy();
        }

        // the fallback turned off: S3 alone serves every object, and the check finds nothing new
        try (InputStream in = s3.open(large.sha256(), 10 * 1024 * 1024, 10)) {
            assertThat(in.readAllBytes()).hasSize(10);
        }
        IntegrityRun after = verify(s3);
        assertThat(after.missing()).isEqualTo(before.missing());
        assertThat(after.wrongSize()).isEqualTo(before.wrongSize());
        assertThat(after.wrongHash()).isEqualTo(before.wrongHash());
        assertThat(after.checked()).isEqualTo(before.checked());
        assertThat(after.problems()).noneMatch(problem -> problem.key().equals(large.sha256()));
    }

    private IntegrityRun verify(BlobStore store) {
        BlobIntegrity check = new BlobIntegrity(store, runs, actor, clock);
        try {
            return finished(check, check.startVerify());
        } finally {
            check.destroy();
        }
    }

    private static IntegrityRun finished(BlobIntegrity integrity, UUID id) {
        await().atMost(Duration.ofSeconds(120)).until(() -> !integrity.run(id).orElseThrow().running());
        return integrity.run(id).orElseThrow();
    }

    private static long sizeOf(BlobStore store, String key) {
        try {
            return store.size(key).orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** 12 MB of text, so the copy to S3 goes in parts. */
    private static byte[] largeText(UUID owner) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 12 * 1024 * 1024) {
            text.append("A line of a large file moved to S3 in parts, ").append(owner).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static S3Settings settings(String bucket) {
        return new S3Settings(S3MockServer.endpoint().toString(), "us-east-1", bucket, S3MockServer.ACCESS_KEY,
                S3MockServer.SECRET_KEY, true, false, Duration.ofMinutes(10), DataSize.ofMegabytes(8),
                DataSize.ofMegabytes(5), true, false);
    }
}
