package org.ansoplatform.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.ansoplatform.files.BlobStore;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Checks that every stored file's object is there with its size and its SHA-256 (re-hashed as a stream), fills
 * in the MD5 of rows stored before it was kept, and reports objects no row refers to; also runs the copy of the
 * data directory into S3 ({@link BlobMigration}). Runs go one at a time in the background (decision 252), their
 * counts written as they go, so an administrator can follow them on {@code /admin/files/integrity}.
 */
@Service
public class BlobIntegrity implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(BlobIntegrity.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int PAGE = 500;
    /** A run not heard from for this long is taken for dead (its instance stopped), so another may start. */
    private static final Duration STALE = Duration.ofMinutes(10);

    private final BlobStore blobs;
    private final IntegrityStore store;
    private final CurrentActor actor;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "files-integrity");
        thread.setDaemon(true);
        return thread;
    });

    BlobIntegrity(BlobStore blobs, IntegrityStore store, CurrentActor actor, Clock clock) {
        this.blobs = blobs;
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** Starts a check of every object in the background; refused while another run is going on. */
    public UUID startVerify() {
        return start(IntegrityRun.Kind.VERIFY);
    }

    /**
     * Starts copying every object of the data directory to S3 in the background; only while the platform runs on
     * S3 with the fallback to the directory on ({@code anso.files.s3.fallback-to-local}).
     */
    public UUID startCopy() {
        if (!copyOffered()) {
            throw new InvalidInputException("run", "files.integrity.error.noFallback");
        }
        return start(IntegrityRun.Kind.COPY);
    }

    /** Whether the copy to S3 can run: S3 with the directory behind it. */
    public boolean copyOffered() {
        return blobs instanceof FallbackBlobStore;
    }

    public String storeKind() {
        return blobs.kind();
    }

    public Optional<IntegrityRun> run(UUID id) {
        return store.find(id);
    }

    /** The latest runs, newest first. */
    public List<IntegrityRun> latest() {
        return store.latest(10);
    }

    private synchronized UUID start(IntegrityRun.Kind kind) {
        if (store.running(clock.instant().minus(STALE))) {
            throw new InvalidInputException("run", "files.integrity.error.busy");
        }
        UUID id = UUID.randomUUID();
        store.start(id, kind, blobs.kind(), actor.personId(), clock.instant());
        worker.execute(() -> execute(id, kind));
        return id;
    }

    private void execute(UUID id, IntegrityRun.Kind kind) {
        Report report = new Report(id);
        try {
            if (kind == IntegrityRun.Kind.VERIFY) {
                verify(report);
            } else {
                new BlobMigration((FallbackBlobStore) blobs).copy(report);
            }
            report.save();
            store.finish(id, IntegrityRun.State.DONE, null, clock.instant());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Files: the {} run {} failed", kind, id, e);
            report.save();
            store.finish(id, IntegrityRun.State.FAILED, String.valueOf(e.getMessage()), clock.instant());
        }
    }

    private void verify(Report report) throws IOException {
        String after = "";
        while (true) {
            List<IntegrityStore.Content> page = store.contentsAfter(after, PAGE);
            for (IntegrityStore.Content content : page) {
                check(content, report);
            }
            report.save();
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).sha256();
        }
        List<String> batch = new ArrayList<>();
        blobs.forEachKey(key -> {
            if (SHA256.matcher(key).matches()) {
                batch.add(key);
                if (batch.size() == PAGE) {
                    unreferenced(batch, report);
                }
            }
        });
        unreferenced(batch, report);
    }

    private void check(IntegrityStore.Content content, Report report) throws IOException {
        report.counts.checked++;
        String key = content.sha256();
        OptionalLong size = blobs.size(key);
        if (size.isEmpty()) {
            report.counts.missing++;
            report.problem("missing", key, String.valueOf(content.size()));
            return;
        }
        if (size.getAsLong() != content.size()) {
            report.counts.wrongSize++;
            report.problem("size", key, size.getAsLong() + " " + content.size());
            return;
        }
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest md5 = digest("MD5");
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = blobs.open(key)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
                md5.update(buffer, 0, read);
            }
        }
        String actual = HexFormat.of().formatHex(sha256.digest());
        if (!actual.equals(key)) {
            report.counts.wrongHash++;
            report.problem("sha256", key, actual);
        } else if (content.lacksMd5()) {
            store.addMd5(key, HexFormat.of().formatHex(md5.digest()));
            report.counts.md5Added++;
        }
    }

    private void unreferenced(List<String> batch, Report report) {
        var referenced = store.referenced(batch);
        for (String key : batch) {
            if (!referenced.contains(key)) {
                report.counts.unreferenced++;
                report.problem("unreferenced", key, "");
            }
        }
        batch.clear();
        report.saveNow();
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    /** The counts and problems of one run, written to its row as it goes. */
    final class Report {

        final UUID id;
        final IntegrityStore.Counts counts = new IntegrityStore.Counts();
        private int problems;
        private long sinceSaved;

        Report(UUID id) {
            this.id = id;
        }

        void problem(String kind, String key, String detail) {
            if (problems < IntegrityStore.MAX_PROBLEMS) {
                store.problem(id, problems, new IntegrityRun.Problem(kind, key, detail));
            }
            problems++;
        }

        /** Writes the counts every hundred objects, so the page shows progress without a write per object. */
        void saveNow() {
            if (++sinceSaved >= 100) {
                save();
            }
        }

        void save() {
            sinceSaved = 0;
            store.progress(id, counts, clock.instant());
        }
    }
}
