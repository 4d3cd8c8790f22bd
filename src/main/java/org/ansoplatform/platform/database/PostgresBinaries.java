package org.ansoplatform.platform.database;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Where the PostgreSQL binaries are unpacked and how they are run. The library's default is
 * {@code /tmp/embedded-pg}, made writable by every user, so anyone on the machine could replace the
 * binaries the platform runs; here they go under a directory only the platform's user may enter
 * ({@code ~/.cache/anso-platform}, or the data directory when there is no usable home), shared by all
 * data directories so that a new one does not unpack them again.
 */
final class PostgresBinaries {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    /** The library names the binaries' directory after the MD5 of their archive. */
    private static final Remembering RESOLVER = new Remembering();
    private static Path workingDirectory;

    private PostgresBinaries() {
    }

    static PgBinaryResolver resolver() {
        return RESOLVER;
    }

    /**
     * The directory the library unpacks into (and scans for leftovers, through {@code ot.epg.working-dir}); the
     * library makes it writable by all, which is harmless inside a private parent. Chosen once per JVM.
     */
    static synchronized Path workingDirectory(Path dataDirectory) {
        if (workingDirectory == null) {
            Path home = Path.of(System.getProperty("user.home", "")).toAbsolutePath();
            Path parent = Files.isDirectory(home) && Files.isWritable(home)
                    ? home.resolve(".cache").resolve("anso-platform")
                    : dataDirectory.resolve(".cache");
            privateDirectory(parent);
            workingDirectory = parent.resolve("postgres");
            System.setProperty("ot.epg.working-dir", workingDirectory.toString());
        }
        return workingDirectory;
    }

    /** Takes back the write permission for all that the library gives the working directory at every unpacking. */
    static synchronized void closeWorkingDirectory() {
        try {
            Files.setPosixFilePermissions(workingDirectory, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict " + workingDirectory, e);
        }
    }

    /** The command line for one of the binaries, run as the library runs them (in a user namespace as root). */
    static List<String> command(String binary, String... arguments) {
        if (RESOLVER.digest == null || workingDirectory == null) {
            throw new IllegalStateException("The PostgreSQL binaries are not unpacked yet");
        }
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(workingDirectory.resolve("PG-" + RESOLVER.digest).resolve("bin").resolve(binary).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static void privateDirectory(Path directory) {
        try {
            Files.createDirectories(directory.getParent());
            if (!Files.isDirectory(directory)) {
                try {
                    Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectory(directory);
                    return;
                }
            }
            String user = System.getProperty("user.name");
            String owner = Files.getOwner(directory).getName();
            if (!owner.equals(user)) {
                throw new IllegalStateException(directory + " belongs to " + owner + ", not to " + user
                        + ": the PostgreSQL binaries must be kept where no other user can change them");
            }
            Files.setPosixFilePermissions(directory, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user's profile directory protects it
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + directory, e);
        }
    }

    /** Passes the library's binaries through, noting their digest so that they can be run directly too. */
    private static final class Remembering implements PgBinaryResolver {

        private volatile String digest;

        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
            if (archive == null) {
                return null;
            }
            MessageDigest md5;
            try {
                md5 = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            DigestInputStream digesting = new DigestInputStream(archive, md5);
            return new FilterInputStream(digesting) {
                private boolean closed;

                @Override
                public void close() throws IOException {
                    super.close();
                    if (!closed) {
                        closed = true;
                        digest = HexFormat.of().formatHex(md5.digest());
                    }
                }
            };
        }
    }
}
