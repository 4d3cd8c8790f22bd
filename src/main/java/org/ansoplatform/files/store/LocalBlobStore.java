package org.ansoplatform.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ansoplatform.files.BlobStore;

/**
 * Objects as files under a directory, {@code <root>/<2 chars>/<2 chars>/<key>} as the platform has always kept
 * them (so existing data directories need no move); keys with a slash keep it as a subdirectory. A put copies to
 * a temporary file beside the target and renames it into place, so a reader never sees half an object.
 */
public class LocalBlobStore implements BlobStore {

    private static final Pattern KEY = Pattern.compile("[0-9A-Za-z._-]+(/[0-9A-Za-z._-]+)*");
    private static final String TEMPORARY = ".incoming";

    private final Path root;

    public LocalBlobStore(Path root) {
        this.root = root;
    }

    @Override
    public String kind() {
        return "local";
    }

    public Path root() {
        return root;
    }

    /** Where the object of {@code key} is, or would be. */
    public Path path(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..") || key.length() < 4) {
            throw new IllegalArgumentException("Not a blob key: " + key);
        }
        int slash = key.lastIndexOf('/');
        String folder = slash < 0 ? "" : key.substring(0, slash);
        String name = key.substring(slash + 1);
        Path base = folder.isEmpty() ? root : root.resolve(folder);
        return base.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
    }

    @Override
    public void put(String key, Path source) throws IOException {
        Path target = path(key);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), TEMPORARY, ".part");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // stored by a concurrent put of the same content in the meantime
            } catch (AtomicMoveNotSupportedException e) {
                try {
                    Files.move(temp, target);
                } catch (FileAlreadyExistsException alreadyThere) {
                    // as above
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * As {@link #put} but moves {@code source} instead of copying it when it is on the same file system, so a
     * finished upload of many gigabytes takes its place without being written twice.
     */
    public void move(String key, Path source) throws IOException {
        Path target = path(key);
        if (Files.exists(target)) {
            Files.deleteIfExists(source);
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(source);
        } catch (AtomicMoveNotSupportedException e) {
            put(key, source);
            Files.deleteIfExists(source);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        Path path = path(key);
        if (offset == 0 && length < 0) {
            return Files.newInputStream(path);
        }
        SeekableByteChannel channel = Files.newByteChannel(path);
        channel.position(offset);
        InputStream in = Channels.newInputStream(channel);
        return length < 0 ? in : new BoundedInputStream(in, length);
    }

    @Override
    public OptionalLong size(String key) throws IOException {
        try {
            return OptionalLong.of(Files.size(path(key)));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public void copy(String fromKey, String toKey) throws IOException {
        put(toKey, path(fromKey));
    }

    @Override
    public void forEachKey(Consumer<String> action) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(TEMPORARY))
                    .map(this::keyOf)
                    .filter(key -> key != null)
                    .forEach(action);
        }
    }

    /** The key stored at {@code file}, or null for a file that is not an object (a leftover, an upload in progress). */
    private String keyOf(Path file) {
        Path relative = root.relativize(file);
        int count = relative.getNameCount();
        if (count < 3) {
            return null;
        }
        String name = relative.getFileName().toString();
        if (name.length() < 4 || !relative.getName(count - 3).toString().equals(name.substring(0, 2))
                || !relative.getName(count - 2).toString().equals(name.substring(2, 4))) {
            return null;
        }
        String folder = count == 3 ? "" : relative.subpath(0, count - 3).toString().replace('\\', '/') + "/";
        String key = folder + name;
        return KEY.matcher(key).matches() ? key : null;
    }

    /** At most {@code remaining} bytes of the stream it wraps. */
    static final class BoundedInputStream extends InputStream {

        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(buffer, off, (int) Math.min(len, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
