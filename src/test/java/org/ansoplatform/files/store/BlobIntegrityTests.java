package org.ansoplatform.files.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.files.BlobStore;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The integrity check on the platform's own store (the data directory, or S3 in files-on-s3): it finds the object
 * that is gone, the one cut short and the one whose bytes changed, names the object nobody refers to, and fills
 * in a missing MD5. The broken rows are removed afterwards, as other tests expect a clean store.
 */
class BlobIntegrityTests extends IntegrationTest {

    @Autowired BlobIntegrity integrity;
    @Autowired FileStorage storage;
    @Autowired BlobStore blobs;
    @Autowired JdbcClient jdbc;

    @TempDir
    Path temp;

    final String nonce = UUID.randomUUID().toString();

    @Test
    void findsMissingCutShortDamagedAndUnreferencedObjectsAndFillsInMd5() throws Exception {
        UUID owner = UUID.randomUUID();
        StoredFile intact = store(owner, "intact");
        StoredFile gone = store(owner, "gone");
        StoredFile cut = store(owner, "cut short");
        StoredFile damaged = store(owner, "damaged");
        jdbc.sql("update files.stored_file set md5 = null where id = :id").param("id", intact.id()).update();
        blobs.delete(gone.sha256());
        replace(cut.sha256(), "x");
        replace(damaged.sha256(), text("damaged").replace('d', 'D'));
        String stray = BlobStoreContract.sha256(("stray " + owner).getBytes(StandardCharsets.UTF_8));
        blobs.put(stray, file("stray " + owner));
        try {
            IntegrityRun run = finished(integrity.startVerify());

            assertThat(run.state()).isEqualTo(IntegrityRun.State.DONE);
            assertThat(run.problems()).contains(
                    new IntegrityRun.Problem("missing", gone.sha256(), String.valueOf(gone.size())),
                    new IntegrityRun.Problem("size", cut.sha256(), "1 " + cut.size()),
                    new IntegrityRun.Problem("unreferenced", stray, ""));
            assertThat(run.problems()).filteredOn(problem -> problem.key().equals(damaged.sha256())).singleElement()
                    .satisfies(problem -> assertThat(problem.kind()).isEqualTo("sha256"));
            assertThat(run.problems()).noneMatch(problem -> problem.key().equals(intact.sha256()));
            assertThat(run.missing()).isPositive();
            assertThat(run.wrongSize()).isPositive();
            assertThat(run.wrongHash()).isPositive();
            assertThat(run.md5Added()).isPositive();
            assertThat(run.clean()).isFalse();
            assertThat(storage.find(intact.id()).orElseThrow().md5()).isEqualTo(intact.md5());
            assertThat(integrity.latest()).extracting(IntegrityRun::id).contains(run.id());
        } finally {
            for (StoredFile broken : List.of(gone, cut, damaged)) {
                jdbc.sql("delete from files.stored_file where id = :id").param("id", broken.id()).update();
                blobs.delete(broken.sha256());
            }
            blobs.delete(stray);
        }
    }

    @Test
    void theCopyToS3IsOnlyOfferedWithTheFallbackOn() {
        assertThat(integrity.copyOffered()).isFalse();
        assertThatThrownBy(integrity::startCopy).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.violations().get(0).messageKey()).isEqualTo("files.integrity.error.noFallback"));
    }

    IntegrityRun finished(UUID id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !integrity.run(id).orElseThrow().running());
        return integrity.run(id).orElseThrow();
    }

    private StoredFile store(UUID owner, String what) {
        return storage.store(owner, what + ".txt", new ByteArrayInputStream(text(what).getBytes(StandardCharsets.UTF_8)),
                FileStorage.DOCUMENT_TYPES);
    }

    private String text(String what) {
        return "An object that will be " + what + ", for the integrity check " + getClass().getName() + " "
                + nonce + "\n";
    }

    private void replace(String key, String content) throws IOException {
        blobs.delete(key);
        blobs.put(key, file(content));
    }

    private Path file(String content) throws IOException {
        Path file = Files.createTempFile(temp, "object", ".txt");
        Files.writeString(file, content);
        return file;
    }
}
