package org.ansoplatform.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Where the bytes of every file of the platform live, named by a key (a file's SHA-256 in lower-case hex, or a
 * derived name such as {@code previews/<sha256>.png}). Two real implementations stand behind it: the local data
 * directory (the default) and S3-compatible object storage; the setting {@code anso.files.store=local|s3}
 * chooses one for the whole platform (decision 235). Content is immutable: a key once written is never
 * rewritten with other bytes, so {@link #put} of an existing key keeps the stored object.
 */
public interface BlobStore {

    /** {@code local} or {@code s3}, as the setting names it. */
    String kind();

    /**
     * Stores the file at {@code source} under {@code key}, streaming it (never read into memory); the source file
     * is left in place for the caller to delete. Atomic: a reader sees the whole object or none.
     */
    void put(String key, Path source) throws IOException;

    /** The whole object; the caller closes the stream. {@link java.nio.file.NoSuchFileException} if it is missing. */
    default InputStream open(String key) throws IOException {
        return open(key, 0, -1);
    }

    /**
     * {@code length} bytes from {@code offset} (to the end when {@code length} is negative), fetched from the
     * backend as a range, never by reading and skipping what comes before. The caller closes the stream and
     * checks the range against {@link #size} first.
     */
    InputStream open(String key, long offset, long length) throws IOException;

    /** The object's size in bytes, or empty if it is missing. */
    OptionalLong size(String key) throws IOException;

    default boolean exists(String key) throws IOException {
        return size(key).isPresent();
    }

    /** Removes the object; nothing happens if it is missing. */
    void delete(String key) throws IOException;

    /** Copies an object to another key within the store (server-side where the backend can). */
    void copy(String fromKey, String toKey) throws IOException;

    /** Every key in the store, in no particular order, for verification and migration. */
    void forEachKey(Consumer<String> action) throws IOException;

    /**
     * A time-limited address from which the object can be downloaded directly under {@code downloadName} as
     * {@code mediaType}, if the backend offers one (S3 does; the local directory does not).
     */
    default Optional<URI> presignedDownload(String key, String downloadName, String mediaType, Duration validFor) {
        return Optional.empty();
    }
}
