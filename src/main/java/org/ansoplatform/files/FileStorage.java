package org.ansoplatform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
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
 * Keeps uploaded files. Each distinct content is written once, named by its SHA-256, under
 * {@code <data-dir>/files/<2 hex>/<2 hex>/<sha256>}; each upload is a row pointing at it. An upload is streamed
 * to a temporary file in the same tree while it is hashed and counted, so no upload is ever held in memory and
 * none larger than {@code anso.files.max-size} is read to its end; its type is then detected from the bytes,
 * checked, and for PDFs proved by parsing (decision 58) before the file is moved into place. A refused upload
 * leaves nothing behind.
 */
@Service
public class FileStorage {

    /** What the personal documents page accepts. */
    public static final Set<String> DOCUMENT_TYPES = Collections.unmodifiableSet(
            new LinkedHashSet<>(List.of("application/pdf", "image/png", "image/jpeg", "text/plain")));

    static final String FIELD = "file";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final DataSize maxSize;
    private final StoredFileStore store;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final ContentTypes types = new ContentTypes();

    FileStorage(DataDirectory dataDirectory, @Value("${anso.files.max-size:20MB}") DataSize maxSize, StoredFileStore store,
            TransactionTemplate transactions, ApplicationEventPublisher events, CurrentActor currentActor, Clock clock) {
        this.root = dataDirectory.resolve("files");
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
            MediaType detected = types.detect(received.temp());
            check(name, detected, acceptedMediaTypes);
            if (!types.structurallySound(received.temp(), detected)) {
                throw new InvalidInputException(FIELD, "files.error.broken", types.describe(detected));
            }
            StoredFile file = new StoredFile(UUID.randomUUID(), received.sha256(), received.size(), detected.toString(),
                    name, ownerId, clock.instant().truncatedTo(ChronoUnit.MICROS));
            return transactions.execute(status -> {
                store.insert(file);
                events.publishEvent(new FileStored(file.id(), file.ownerId(), file.mediaType(), file.size(),
                        currentActor.get()));
                moveIntoPlace(received.temp(), file.sha256());
                return file;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(received.temp());
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
        try {
            return Files.newInputStream(blob(file.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException("The content of file " + file.id() + " is missing", e);
        }
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

    Path blob(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    Path root() {
        return root;
    }

    private record Received(Path temp, String sha256, long size) {
    }

    /** Streams the upload into a temporary file, hashing and counting, and stops as soon as it is too large. */
    private Received receive(InputStream content, long limit) {
        Path temp;
        try {
            Path directory = Files.createDirectories(root.resolve("tmp"));
            temp = Files.createTempFile(directory, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest digest = sha256();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                if (size > limit) {
                    throw new InvalidInputException(FIELD, "files.error.tooLarge", FileSizes.humanReadable(limit));
                }
                digest.update(buffer, 0, read);
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
        return new Received(temp, HexFormat.of().formatHex(digest.digest()), size);
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

    /** Same content, same blob: an existing one is kept, otherwise the temporary file takes its place at once. */
    private void moveIntoPlace(Path temp, String sha256) {
        Path target = blob(sha256);
        try {
            if (Files.exists(target)) {
                return;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // stored by a concurrent upload of the same content in the meantime
            } catch (AtomicMoveNotSupportedException e) {
                try {
                    Files.move(temp, target);
                } catch (FileAlreadyExistsException alreadyThere) {
                    // as above
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
