package org.ansoplatform.files.store;

import java.io.IOException;
import java.util.OptionalLong;

import org.ansoplatform.files.BlobStore;

/**
 * Copies every object of the data directory into S3 while the platform keeps running on the fallback store
 * (decision 251): an object already in S3 with the same size is skipped, one with another size (a copy cut
 * short) is replaced, and every copy is checked by its size in S3 afterwards. Run again, it copies only what is
 * still missing. Readers never notice: until an object is in S3 the fallback answers from the directory.
 */
final class BlobMigration {

    private final BlobStore target;
    private final LocalBlobStore source;

    BlobMigration(FallbackBlobStore store) {
        this.target = store.primary();
        this.source = store.local();
    }

    void copy(BlobIntegrity.Report report) throws IOException {
        IOException[] failure = new IOException[1];
        source.forEachKey(key -> {
            if (failure[0] != null) {
                return;
            }
            try {
                copy(key, report);
            } catch (IOException e) {
                failure[0] = e;
            }
            report.saveNow();
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private void copy(String key, BlobIntegrity.Report report) throws IOException {
        report.counts.checked++;
        OptionalLong local = source.size(key);
        if (local.isEmpty()) {
            return; // deleted since it was listed
        }
        OptionalLong there = target.size(key);
        if (there.isPresent() && there.getAsLong() == local.getAsLong()) {
            report.counts.skipped++;
            return;
        }
        if (there.isPresent()) {
            target.delete(key);
        }
        target.put(key, source.path(key));
        OptionalLong copied = target.size(key);
        if (copied.isPresent() && copied.getAsLong() == local.getAsLong()) {
            report.counts.copied++;
        } else {
            report.problem("copy", key, (copied.isPresent() ? copied.getAsLong() : 0) + " " + local.getAsLong());
        }
    }
}
