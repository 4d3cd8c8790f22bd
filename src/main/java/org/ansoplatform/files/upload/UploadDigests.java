package org.ansoplatform.files.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * The SHA-256 and MD5 of each upload so far, kept on disk beside the tus library's own state (a small properties
 * file per upload under {@code <uploads>/digests}), so that a resumed upload, even after a restart of the platform,
 * goes on hashing where it stopped instead of reading everything again (decision 237). Each file holds the digests'
 * encoded internal state (BouncyCastle's {@code EncodableDigest}) with the offset it covers, the state before the
 * last chunk (a chunk whose tus checksum is wrong is taken back, and so is its part of the digest), and when the
 * upload was last touched, by the platform's clock, for expiry. A state that no longer matches the upload's offset
 * (a crash between writing bytes and writing this file) is marked stale and the digests are computed again from
 * the upload's bytes when it is finished.
 */
public final class UploadDigests {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int BUFFER = 64 * 1024;

    private final Path directory;

    public UploadDigests(Path directory) {
        this.directory = directory;
    }

    /** The digests over the first {@code offset} bytes; {@code stale} when they are not to be trusted. */
    public record State(long offset, byte[] sha256, byte[] md5, long previousOffset, byte[] previousSha256,
            byte[] previousMd5, Instant touched, boolean stale) {

        static State fresh(Instant now) {
            return new State(0, new SHA256Digest().getEncodedState(), new MD5Digest().getEncodedState(), -1, null, null,
                    now, false);
        }

        State staleAt(Instant now) {
            return new State(offset, sha256, md5, -1, null, null, now, true);
        }

        State touchedAt(Instant now) {
            return new State(offset, sha256, md5, previousOffset, previousSha256, previousMd5, now, stale);
        }

        /** After a chunk was appended: the new digests, the old ones kept to take the chunk back. */
        State advanced(long to, SHA256Digest sha, MD5Digest md, Instant now) {
            return new State(to, sha.getEncodedState(), md.getEncodedState(), offset, sha256, md5, now, false);
        }

        /** After the last chunk was taken back: the digests before it, if they cover exactly what is left. */
        State rolledBackTo(long to, Instant now) {
            if (!stale && to == offset) {
                return touchedAt(now);
            }
            if (!stale && to == previousOffset && previousSha256 != null) {
                return new State(previousOffset, previousSha256, previousMd5, -1, null, null, now, false);
            }
            return staleAt(now);
        }

        SHA256Digest sha256Digest() {
            return new SHA256Digest(sha256);
        }

        MD5Digest md5Digest() {
            return new MD5Digest(md5);
        }
    }

    /** SHA-256 and MD5 in lower-case hex. */
    public record Checksums(String sha256, String md5) {
    }

    public Optional<State> read(String uploadId) {
        Path file = file(uploadId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new State(Long.parseLong(p.getProperty("offset")), bytes(p, "sha256"), bytes(p, "md5"),
                    Long.parseLong(p.getProperty("previous.offset", "-1")), bytes(p, "previous.sha256"),
                    bytes(p, "previous.md5"), Instant.parse(p.getProperty("touched")),
                    Boolean.parseBoolean(p.getProperty("stale"))));
        } catch (IOException | RuntimeException e) {
            // an unreadable state is recomputed on completion; the upload itself is not lost with it
            return Optional.empty();
        }
    }

    /** Writes the state atomically (a reader sees the old one or the new one, never half). */
    public void write(String uploadId, State state) {
        Properties p = new Properties();
        p.setProperty("offset", Long.toString(state.offset()));
        put(p, "sha256", state.sha256());
        put(p, "md5", state.md5());
        p.setProperty("previous.offset", Long.toString(state.previousOffset()));
        put(p, "previous.sha256", state.previousSha256());
        put(p, "previous.md5", state.previousMd5());
        p.setProperty("touched", state.touched().toString());
        p.setProperty("stale", Boolean.toString(state.stale()));
        Path file = file(uploadId);
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, uploadId, ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                p.store(out, null);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String uploadId) {
        try {
            Files.deleteIfExists(file(uploadId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of every upload that has a state, for expiry. */
    public java.util.List<String> ids() {
        if (!Files.isDirectory(directory)) {
            return java.util.List.of();
        }
        try (var files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> ID.matcher(name).matches()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The whole upload's checksums: from the kept state when it covers all {@code length} bytes, otherwise computed
     * again by streaming {@code content} (opened only then).
     */
    public static Checksums finish(Optional<State> state, long length, IoSupplier<InputStream> content) throws IOException {
        if (state.isPresent() && !state.get().stale() && state.get().offset() == length) {
            return checksums(state.get().sha256Digest(), state.get().md5Digest());
        }
        SHA256Digest sha = new SHA256Digest();
        MD5Digest md = new MD5Digest();
        try (InputStream in = content.get()) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) != -1) {
                sha.update(buffer, 0, read);
                md.update(buffer, 0, read);
            }
        }
        return checksums(sha, md);
    }

    /** Opens a stream that may fail with an I/O error. */
    @FunctionalInterface
    public interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static Checksums checksums(SHA256Digest sha, MD5Digest md) {
        byte[] s = new byte[sha.getDigestSize()];
        sha.doFinal(s, 0);
        byte[] m = new byte[md.getDigestSize()];
        md.doFinal(m, 0);
        return new Checksums(HexFormat.of().formatHex(s), HexFormat.of().formatHex(m));
    }

    private Path file(String uploadId) {
        if (uploadId == null || !ID.matcher(uploadId).matches()) {
            throw new IllegalArgumentException("Not an upload id: " + uploadId);
        }
        return directory.resolve(uploadId);
    }

    private static void put(Properties p, String key, byte[] value) {
        if (value != null) {
            p.setProperty(key, Base64.getEncoder().encodeToString(value));
        }
    }

    private static byte[] bytes(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null ? null : Base64.getDecoder().decode(value);
    }
}
