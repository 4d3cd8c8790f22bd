package org.ansoplatform.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.ansoplatform.files.BlobStore;

/**
 * S3 with the data directory behind it, while a platform moves from one to the other without downtime
 * ({@code anso.files.s3.fallback-to-local=true}, decision 251): every write goes to S3, a read that misses there
 * is answered from the local directory, and {@link BlobMigration} copies the local objects over. Once the copy
 * is done and verified the operator turns the fallback off.
 */
public class FallbackBlobStore implements BlobStore {

    private final BlobStore primary;
    private final LocalBlobStore local;

    public FallbackBlobStore(BlobStore primary, LocalBlobStore local) {
        this.primary = primary;
        this.local = local;
    }

    @Override
    public String kind() {
        return primary.kind();
    }

    public BlobStore primary() {
        return primary;
    }

    public LocalBlobStore local() {
        return local;
    }

    @Override
    public void put(String key, Path source) throws IOException {
        primary.put(key, source);
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        try {
            return primary.open(key, offset, length);
        } catch (NoSuchFileException e) {
            return local.open(key, offset, length);
        }
    }

    @Override
    public OptionalLong size(String key) throws IOException {
        OptionalLong size = primary.size(key);
        return size.isPresent() ? size : local.size(key);
    }

    /** Removes the object from both places, so a deleted object cannot come back from the directory. */
    @Override
    public void delete(String key) throws IOException {
        primary.delete(key);
        local.delete(key);
    }

    /** Copies within S3, taking the source from the directory when it has not been copied over yet. */
    @Override
    public void copy(String fromKey, String toKey) throws IOException {
        if (primary.exists(fromKey)) {
            primary.copy(fromKey, toKey);
        } else if (local.exists(fromKey)) {
            primary.put(toKey, local.path(fromKey));
        } else {
            throw new NoSuchFileException(fromKey);
        }
    }

    /** S3's keys, then the directory's keys that S3 does not have yet. */
    @Override
    public void forEachKey(Consumer<String> action) throws IOException {
        primary.forEachKey(action);
        IOException[] failure = new IOException[1];
        local.forEachKey(key -> {
            try {
                if (failure[0] == null && !primary.exists(key)) {
                    action.accept(key);
                }
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** Only for an object already in S3; one still in the directory is streamed by the platform. */
    @Override
    public Optional<URI> presignedDownload(String key, String downloadName, String mediaType, Duration validFor) {
        try {
            return primary.exists(key) ? primary.presignedDownload(key, downloadName, mediaType, validFor)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
