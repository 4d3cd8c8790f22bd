package org.ansoplatform.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The one directory that holds everything the platform keeps on disk: the embedded database and files. */
public record DataDirectory(Path root) {

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root, e);
        }
    }

    public Path resolve(String child) {
        return root.resolve(child);
    }

    /**
     * A random key kept in this directory, readable by the platform's user only, created at first use. Nodes that
     * share the directory share the key: when two create it at once, the first one's stays (a hard link, unlike a
     * rename, never replaces an existing file).
     */
    public byte[] secretKey(String fileName, int bytes) {
        Path file = resolve(fileName);
        try {
            if (!Files.exists(file)) {
                create(file, bytes);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != bytes) {
                throw new IllegalStateException(file + " does not hold a " + bytes * 8 + "-bit key");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key " + file, e);
        }
    }

    private static void create(Path file, int bytes) throws IOException {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
        try {
            ownerOnly(temporary);
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            // another node won the race; its key is the one
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions protect it
        }
    }
}
