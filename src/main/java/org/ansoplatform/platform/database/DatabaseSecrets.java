package org.ansoplatform.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL's roles, generated at the first start and kept in
 * {@code <data-dir>/database.secrets}, readable by the platform's user only: any local process could
 * otherwise sign in as the superuser, read reset links and secret ballots and switch the audit trail off.
 */
final class DatabaseSecrets {

    static final String FILE = "database.secrets";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Properties passwords;
    private final boolean generated;

    private DatabaseSecrets(Properties passwords, boolean generated) {
        this.passwords = passwords;
        this.generated = generated;
    }

    /** Reads the secrets of this data directory, or generates them if there are none yet. */
    static DatabaseSecrets in(Path dataDirectory, String... roles) {
        Path file = dataDirectory.resolve(FILE);
        try {
            if (Files.exists(file)) {
                restrict(file);
                Properties passwords = new Properties();
                try (Reader reader = Files.newBufferedReader(file)) {
                    passwords.load(reader);
                }
                for (String role : roles) {
                    if (passwords.getProperty(role, "").isBlank()) {
                        throw new IllegalStateException(file + " holds no password for " + role);
                    }
                }
                return new DatabaseSecrets(passwords, false);
            }
            Properties passwords = new Properties();
            for (String role : roles) {
                passwords.setProperty(role, generate());
            }
            writeOwnerOnly(file, writer -> passwords.store(writer,
                    "Passwords of the embedded PostgreSQL's roles, generated at the first start. Keep this file private."));
            return new DatabaseSecrets(passwords, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    String password(String role) {
        return passwords.getProperty(role);
    }

    /** Whether this start generated the secrets, so the database does not know them yet. */
    boolean generated() {
        return generated;
    }

    /** A file holding just one role's password, as initdb's {@code --pwfile} reads it; the caller deletes it. */
    Path passwordFile(Path directory, String role) {
        Path file = directory.resolve(".pwfile-" + role);
        try {
            writeOwnerOnly(file, writer -> writer.write(password(role) + "\n"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /**
     * Created with the owner's permissions from the start, so there is no moment in which others may open it, and
     * moved into place whole, so a crash never leaves half a file.
     */
    private static void writeOwnerOnly(Path file, Content content) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(next);
        try {
            Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(next);
        }
        try (Writer writer = Files.newBufferedWriter(next, StandardOpenOption.TRUNCATE_EXISTING)) {
            content.writeTo(writer);
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrict(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user's profile directory protects it
        }
    }
}
