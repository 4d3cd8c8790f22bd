package org.ansoplatform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.DataDirectory;
import org.ansoplatform.platform.InvalidInputException;
import org.apache.tika.mime.MediaType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Keeps uploaded files. Each distinct content is written once, named by its SHA-256, in the platform's
 * {@link BlobStore} (the data directory or S3, decision 235); each upload is a row pointing at it. An upload is
 * streamed to a temporary file while it is hashed (SHA-256 and MD5) and counted, so no upload is ever held in
 * memory and none larger than its limit is read to its end; its type is then detected from the bytes, checked,
 * and for PDFs proved by parsing (decision 58) before the file is put in the store. A refused upload leaves
 * nothing behind.
 */
@Service
public class FileStorage {

    /** What the personal documents page accepts. */
    public static final Set<String> DOCUMENT_TYPES = Collections.unmodifiableSet(
            new LinkedHashSet<>(List.of("application/pdf", "image/png", "image/jpeg", "text/plain")));

    static final String FIELD = "file";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path temporary;
    private final BlobStore blobs;
    private final DataSize maxSize;
    private final StoredFileStore store;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final ContentTypes types = new ContentTypes();

    FileStorage(DataDirectory dataDirectory, BlobStore blobs, @Value("${anso.files.max-size:20MB}") DataSize maxSize,
            StoredFileStore store, TransactionTemplate transactions, ApplicationEventPublisher events,
            CurrentActor currentActor, Clock clock) {
        this.temporary = dataDirectory.resolve("files").resolve("tmp");
        this.blobs = blobs;
        this.maxSize = maxSize;
        this.store = store;
        this.transactions = transactions;
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Stores an upload for its owner, if its content is of one of the accepted types (executables never are)
     * and matches what its name claims. The caller closes {@code content}.
     *
     * @throws InvalidInputException on field {@code file} for an empty, too large, disguised or unaccepted file
     */
    public StoredFile store(UUID ownerId, String originalName, InputStream content, Set<String> acceptedMediaTypes) {
        return store(ownerId, originalName, content, acceptedMediaTypes, maxSize.toBytes());
    }

    /** As {@link #store(UUID, String, InputStream, Set)} with a smaller limit than the platform's, such as a call's rule for one document. */
    public StoredFile store(UUID ownerId, String originalName, InputStream content, Set<String> acceptedMediaTypes, long limit) {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(acceptedMediaTypes, "acceptedMediaTypes");
        String name = FileNames.clean(originalName);
        Received received = receive(content, limit);
        try {
            return keep(ownerId, name, received, acceptedMediaTypes);
        } finally {
            deleteQuietly(received.file());
        }
    }

    /**
     * Stores a file that arrived another way (a finished resumable upload) with the checksums computed while it
     * was received; the file is moved or copied into the store and is gone afterwards, whether it was kept or
     * refused. The same checks as {@link #store} apply.
     */
    public StoredFile storeReceived(UUID ownerId, String originalName, Received received, Set<String> acceptedMediaTypes,
            long limit) {
        Objects.requireNonNull(ownerId, "ownerId");
        try {
            if (received.size() == 0) {
                throw new InvalidInputException(FIELD, "files.error.empty");
            }
            if (received.size() > limit) {
                throw new InvalidInputException(FIELD, "files.error.tooLarge", FileSizes.humanReadable(limit));
            }
            return keep(ownerId, FileNames.clean(originalName), received, acceptedMediaTypes);
        } finally {
            deleteQuietly(received.file());
        }
    }

    public Optional<StoredFile> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return store.find(id);
    }

    /** A person's own files, newest first. */
    public List<StoredFile> ownedBy(UUID ownerId) {
        return store.ownedBy(ownerId);
    }

    /** The file's bytes; the caller closes the stream. Checks no access: see {@link FileAccess}. */
    public InputStream open(StoredFile file) {
        return open(file, 0, -1);
    }

    /** {@code length} bytes of the file from {@code offset} (to its end if negative), fetched as a range. */
    public InputStream open(StoredFile file, long offset, long length) {
        try {
            return blobs.open(key(file.sha256()), offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("The content of file " + file.id() + " is missing", e);
        }
    }

    /** A time-limited direct address of the file's bytes, where the store offers one (S3). */
    public Optional<URI> presignedDownload(StoredFile file, String downloadName, Duration validFor) {
        return blobs.presignedDownload(key(file.sha256()), downloadName, file.mediaType(), validFor);
    }

    /** The largest file {@link #store} accepts. */
    public DataSize maxSize() {
        return maxSize;
    }

    /** Accepted types as people know them, such as <code>JPG, PDF, PNG, TXT</code>. */
    public String formats(Set<String> acceptedMediaTypes) {
        return types.formats(acceptedMediaTypes);
    }

    /** Accepted types and their extensions, for a file input's {@code accept} attribute. */
    public String acceptAttribute(Set<String> acceptedMediaTypes) {
        return types.acceptAttribute(acceptedMediaTypes);
    }

    static String key(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return sha256;
    }

    BlobStore blobs() {
        return blobs;
    }

    /** A file received in full, with its size and its checksums in lower-case hex. */
    public record Received(Path file, String sha256, String md5, long size) {
    }

    private StoredFile keep(UUID ownerId, String name, Received received, Set<String> acceptedMediaTypes) {
        Objects.requireNonNull(acceptedMediaTypes, "acceptedMediaTypes");
        try {
            MediaType detected = types.detect(received.file());
            check(name, detected, acceptedMediaTypes);
            if (!types.structurallySound(received.file(), detected)) {
                throw new InvalidInputException(FIELD, "files.error.broken", types.describe(detected));
            }
            String key = key(received.sha256());
            StoredFile file = new StoredFile(UUID.randomUUID(), received.sha256(), received.md5(), received.size(),
                    detected.toString(), name, ownerId, clock.instant().truncatedTo(ChronoUnit.MICROS));
            // the object is stored before the row that points at it commits: a failure leaves at most an
            // unreferenced object, which the integrity check reports, never a row without its bytes
            if (blobs instanceof org.ansoplatform.files.store.LocalBlobStore local) {
                local.move(key, received.file());
            } else {
                blobs.put(key, received.file());
            }
            return transactions.execute(status -> {
                store.insert(file);
                events.publishEvent(new FileStored(file.id(), file.ownerId(), file.mediaType(), file.size(),
                        currentActor.get()));
                return file;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the upload into a temporary file, hashing and counting, and stops as soon as it is too large. */
    private Received receive(InputStream content, long limit) {
        Path temp;
        try {
            Path directory = Files.createDirectories(temporary);
            temp = Files.createTempFile(directory, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest md5 = digest("MD5");
        long size = 0;
        try (OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                if (size > limit) {
                    throw new InvalidInputException(FIELD, "files.error.tooLarge", FileSizes.humanReadable(limit));
                }
                sha256.update(buffer, 0, read);
                md5.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        if (size == 0) {
            deleteQuietly(temp);
            throw new InvalidInputException(FIELD, "files.error.empty");
        }
        return new Received(temp, HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(md5.digest()), size);
    }

    private void check(String name, MediaType detected, Set<String> accepted) {
        MediaType named = types.impliedByName(name);
        if (!types.consistent(named, detected)) {
            throw new InvalidInputException(FIELD, "files.error.disguised", types.describe(named), types.describe(detected));
        }
        if (types.isExecutable(detected) || !ContentTypes.accepts(accepted, detected)) {
            throw new InvalidInputException(FIELD, "files.error.type", types.describe(detected), types.formats(accepted));
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover temporary file wastes space but holds nothing anybody can reach
        }
    }
}
