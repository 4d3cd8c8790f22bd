package org.ansoplatform.files.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import me.desair.tus.server.TusFileUploadService;
import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.upload.UploadId;
import me.desair.tus.server.upload.UploadInfo;
import me.desair.tus.server.upload.UploadLock;
import me.desair.tus.server.upload.disk.DiskLockingService;
import me.desair.tus.server.upload.disk.DiskStorageService;
import org.ansoplatform.platform.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The tus 1.0 server of the platform (creation, termination, expiration and checksum extensions) over
 * {@code <data-dir>/uploads}: the library's upload files and locks, and the digests of each upload
 * ({@link UploadDigests}). Everything is on disk, so an upload survives a restart and goes on where it stopped.
 * Each upload belongs to the person who created it (the library's owner key is the person's id): to anyone else
 * it does not exist. Uploads idle longer than {@code anso.files.upload-expiry} by the platform's clock are gone
 * (410 until the clean-up job removes them, 404 after).
 */
@Component
public class TusUploads {

    /** Where the endpoint is for the browser (session and CSRF header); the library takes ids from the path after it. */
    public static final String PATH = "/uploads";

    /** The same endpoint for scripts with a personal API token (bearer tokens authenticate /api/ paths only). */
    public static final String API_PATH = "/api/v1/uploads";

    private static final Logger log = LoggerFactory.getLogger(TusUploads.class);

    private final TusFileUploadService service;
    private final Path directory;
    private final DiskStorageService disk;
    private final DiskLockingService locks;
    private final UploadDigests digests;
    private final Duration expiry;
    private final long maxSize;
    private final Clock clock;

    @Autowired
    TusUploads(DataDirectory dataDirectory, @Value("${anso.files.upload-max-size:50GB}") DataSize maxSize,
            @Value("${anso.files.upload-expiry:P7D}") Duration expiry, Clock clock) {
        this(dataDirectory.resolve("uploads"), maxSize.toBytes(), expiry, clock);
    }

    /** A server over {@code directory}; a second one over the same directory sees the same uploads. */
    public TusUploads(Path directory, long maxSize, Duration expiry, Clock clock) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.directory = directory;
        this.disk = new DiskStorageService(directory.toString());
        this.locks = new DiskLockingService(directory.toString());
        this.digests = new UploadDigests(directory.resolve("digests"));
        this.expiry = expiry;
        this.maxSize = maxSize;
        this.clock = clock;
        this.service = new TusFileUploadService().withUploadUri("/(?:api/v1/)?uploads")
                .withUploadStorageService(new DigestingStorage(disk, digests, clock))
                .withUploadLockingService(locks)
                .withMaxUploadSize(maxSize)
                // announces Upload-Expires; removal itself goes by the platform's clock (expire)
                .withUploadExpirationPeriod(expiry.toMillis())
                .withThreadLocalCache(false)
                // a concatenated upload has no bytes of its own to move into the store, nor digests: not offered
                .disableTusExtension("concatenation");
    }

    /** An upload as the platform sees it: its id, length, bytes received, metadata. */
    public record Upload(String id, String ownerKey, Long length, long offset, java.util.Map<String, String> metadata,
            String fileName) {

        public boolean finished() {
            return length != null && offset == length;
        }

        /** A metadata value by key, ignoring the key's case, or null. */
        public String metadata(String key) {
            return metadata.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(java.util.Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    /** Answers one tus request of {@code ownerId}; an expired upload answers 410 and is removed. */
    public void process(HttpServletRequest request, HttpServletResponse response, UUID ownerId) throws IOException {
        String id = idFromPath(request.getRequestURI());
        if (id != null && expired(id)) {
            remove(id);
            response.setHeader("Tus-Resumable", TusFileUploadService.TUS_API_VERSION);
            response.setStatus(HttpServletResponse.SC_GONE);
            return;
        }
        service.process(request, response, ownerId.toString());
        if (!response.isCommitted() && !response.containsHeader("Tus-Resumable")) {
            // the library only logs when the upload is locked by another request (a PATCH still running, or one
            // whose connection broke and is being wound up) and answers nothing: say so, the client retries
            response.setHeader("Tus-Resumable", TusFileUploadService.TUS_API_VERSION);
            response.setStatus(423);
        }
    }

    /** The upload with this id (or address) of this owner, if it exists and has not expired. */
    public Optional<Upload> find(String uploadUrlOrId, UUID ownerId) {
        String id = id(uploadUrlOrId);
        if (id == null || expired(id)) {
            return Optional.empty();
        }
        try {
            UploadInfo info = disk.getUploadInfo(new UploadId(UUID.fromString(id)));
            if (info == null || !ownerId.toString().equals(info.getOwnerKey())) {
                return Optional.empty();
            }
            return Optional.of(new Upload(id, info.getOwnerKey(), info.getLength(), info.getOffset(),
                    info.hasMetadata() ? info.getMetadata() : java.util.Map.of(), info.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holds the upload's lock until closed, so that no PATCH changes it meanwhile. */
    public UploadLock lock(String id) throws TusException, IOException {
        return locks.lockUploadByUri(PATH + "/" + id);
    }

    /** The whole upload's SHA-256 and MD5, from the digests kept while receiving, or recomputed if they are stale. */
    public UploadDigests.Checksums checksums(Upload upload) throws IOException {
        return UploadDigests.finish(digests.read(upload.id()), upload.length(), () -> {
            try {
                return disk.getUploadedBytes(new UploadId(UUID.fromString(upload.id())));
            } catch (TusException e) {
                throw new IOException(e);
            }
        });
    }

    /** The file holding the upload's bytes, to be moved into the file store. */
    public Path bytes(Upload upload) {
        // the library's layout: <uploads>/uploads/<id>/data
        return directory.resolve("uploads").resolve(upload.id()).resolve("data");
    }

    /** Removes the upload, its bytes and its digests; nothing happens if it is gone already. */
    public void remove(String id) {
        try {
            UploadInfo info = disk.getUploadInfo(new UploadId(UUID.fromString(id)));
            if (info != null) {
                disk.terminateUpload(info);
            }
            digests.delete(id);
        } catch (IOException | TusException e) {
            throw new IllegalStateException("The upload " + id + " could not be removed", e);
        }
    }

    /** Removes every upload idle longer than the expiry; returns how many. */
    public int expire() {
        int removed = 0;
        for (String id : digests.ids()) {
            if (expired(id)) {
                try {
                    remove(id);
                    removed++;
                } catch (RuntimeException e) {
                    log.warn("An expired upload could not be removed now; the next run tries again", e);
                }
            }
        }
        return removed;
    }

    public long maxSize() {
        return maxSize;
    }

    public Duration expiry() {
        return expiry;
    }

    /** The upload id in an address ({@code /uploads/<id>}, absolute or not) or the id itself; null if there is none. */
    public static String id(String uploadUrlOrId) {
        if (uploadUrlOrId == null) {
            return null;
        }
        String value = uploadUrlOrId.strip();
        int slash = value.lastIndexOf('/');
        String candidate = slash >= 0 ? value.substring(slash + 1) : value;
        try {
            return UUID.fromString(candidate).toString().equals(candidate.toLowerCase(Locale.ROOT))
                    ? candidate.toLowerCase(Locale.ROOT) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String idFromPath(String uri) {
        return uri != null && (uri.startsWith(PATH + "/") || uri.startsWith(API_PATH + "/")) ? id(uri) : null;
    }

    private boolean expired(String id) {
        return digests.read(id).map(state -> state.touched().plus(expiry).isBefore(clock.instant())).orElse(false);
    }
}
