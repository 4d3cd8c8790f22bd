package org.ansoplatform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.upload.UploadLock;
import org.ansoplatform.files.upload.TusUploads;
import org.ansoplatform.files.upload.TusUploads.Upload;
import org.ansoplatform.files.upload.UploadDigests.Checksums;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Turns a finished resumable upload (the tus endpoint {@code /uploads}) into a stored file. The upload must be the
 * caller's, finished, and not expired; the checksums computed while it was received are compared with those the
 * client declared, in the upload's metadata ({@code sha256}, {@code md5}, lower- or upper-case hex) or beside it
 * ({@link Declared}). A mismatch deletes the upload and stores nothing; otherwise {@link FileStorage#storeReceived}
 * checks the content as for any upload and moves the bytes into the store, and the upload is gone.
 */
@Service
public class ResumableUploads {

    static final String FIELD = "upload";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");

    private final TusUploads uploads;
    private final FileStorage storage;

    ResumableUploads(TusUploads uploads, FileStorage storage) {
        this.uploads = uploads;
        this.storage = storage;
    }

    /** Checksums a client states beside the upload (the browser computes its SHA-256 while uploading); null: none. */
    public record Declared(String sha256, String md5) {

        public static Declared none() {
            return new Declared(null, null);
        }
    }

    /** The largest upload the endpoint accepts ({@code anso.files.upload-max-size}). */
    public long maxSize() {
        return uploads.maxSize();
    }

    /** The name the upload was announced with (tus metadata {@code filename}), if the upload is the person's. */
    public java.util.Optional<String> fileName(UUID ownerId, String uploadUrlOrId) {
        return uploads.find(uploadUrlOrId, ownerId).map(Upload::fileName);
    }

    /** Stores the finished upload, checked against the checksums declared in its metadata. */
    public StoredFile finish(UUID ownerId, String uploadUrlOrId, Set<String> acceptedTypes, long limit) {
        return finish(ownerId, uploadUrlOrId, Declared.none(), acceptedTypes, limit);
    }

    /** Stores the finished upload, checked against the checksums in its metadata and those declared here. */
    public StoredFile finish(UUID ownerId, String uploadUrlOrId, Declared declared, Set<String> acceptedTypes, long limit) {
        Upload found = uploads.find(uploadUrlOrId, ownerId)
                .orElseThrow(() -> new InvalidInputException(FIELD, "files.upload.error.unknown"));
        try (UploadLock lock = uploads.lock(found.id())) {
            // read again under the lock: a PATCH may have been running when it was first read
            Upload upload = uploads.find(found.id(), ownerId)
                    .orElseThrow(() -> new InvalidInputException(FIELD, "files.upload.error.unknown"));
            if (!upload.finished()) {
                throw new InvalidInputException(FIELD, "files.upload.error.unfinished", upload.offset(),
                        upload.length() == null ? "?" : upload.length());
            }
            Checksums computed = uploads.checksums(upload);
            try {
                verify("SHA-256", SHA256, computed.sha256(), upload.metadata("sha256"), declared.sha256());
                verify("MD5", MD5, computed.md5(), upload.metadata("md5"), declared.md5());
            } catch (InvalidInputException e) {
                uploads.remove(upload.id());
                throw e;
            }
            String name = upload.fileName() == null ? "upload" : upload.fileName();
            try {
                return storage.storeReceived(ownerId, name, new FileStorage.Received(uploads.bytes(upload), computed.sha256(),
                        computed.md5(), upload.length()), acceptedTypes, limit);
            } finally {
                // kept or refused, the bytes have left the upload (storeReceived moves or deletes them)
                uploads.remove(upload.id());
            }
        } catch (TusException e) {
            throw new InvalidInputException(FIELD, "files.upload.error.busy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void verify(String algorithm, Pattern hex, String computed, String... declaredValues) {
        for (String declared : declaredValues) {
            if (declared == null || declared.isBlank()) {
                continue;
            }
            String value = declared.strip().toLowerCase(Locale.ROOT);
            if (!hex.matcher(value).matches()) {
                throw new InvalidInputException(FIELD, "files.upload.error.checksumFormat", algorithm);
            }
            if (!value.equals(computed)) {
                throw new InvalidInputException(FIELD, "files.upload.error.checksum", algorithm, value, computed);
            }
        }
    }
}
