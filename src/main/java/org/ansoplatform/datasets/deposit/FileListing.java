package org.ansoplatform.datasets.deposit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.files.FileSizes;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A version's files one folder at a time, for versions of tens of thousands of files: the folder's subfolders with
 * their counts and sizes, its totals, and its files a page at a time by keyset (folder, name, id) with an opaque
 * {@code after} cursor, never an offset, so that a page costs the same at the end of the list as at its start
 * (decision 255). Filters: a case-insensitive substring of the name (searching the folder and below) and a media type.
 * Who may see the version is the caller's to check.
 */
@Service
@Transactional(readOnly = true)
public class FileListing {

    /** Files on a page. */
    public static final int PAGE_SIZE = 100;
    private static final int NAME_FILTER_MAX = 255;
    private static final UUID NO_ID = new UUID(0, 0);

    /** A folder under the one listed, with the files and bytes it holds at any depth. */
    public record Subfolder(String name, String path, long files, long bytes) {
        public String bytesText() {
            return FileSizes.humanReadable(bytes);
        }
    }

    /** One step of the breadcrumbs: a folder's last name and its path ({@code ""} for the version's top). */
    public record Crumb(String name, String path) {
    }

    /**
     * What is listed: the folder, and a name substring and a media type ({@code ""} for none); {@code deep} takes the
     * files of its subfolders too (a name search, a zip).
     */
    public record Filter(String folder, String name, String type, boolean deep) {

        public boolean any() {
            return !name.isEmpty() || !type.isEmpty();
        }
    }

    /** Where a page starts: after this file in (folder, name, id) order. */
    public record Cursor(String folder, String name, UUID id) {
        static final Cursor START = new Cursor("", "", NO_ID);

        public String encode() {
            String raw = folder + "\n" + name + "\n" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor a page's link carries; anything else starts at the beginning (a cursor is never an error). */
        static Cursor decode(String after) {
            if (after == null || after.isBlank()) {
                return START;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(after.trim()), StandardCharsets.UTF_8).split("\n", -1);
                return parts.length == 3 ? new Cursor(parts[0], parts[1], UUID.fromString(parts[2])) : START;
            } catch (IllegalArgumentException malformed) {
                return START;
            }
        }
    }

    /**
     * One page of a folder: {@code total} counts the folder and below, {@code matching} the files the filter matches
     * (the folder's own files without a filter), {@code next} the cursor of the next page or null on the last.
     */
    public record FolderPage(Filter filter, List<Crumb> crumbs, List<Subfolder> subfolders, List<FileView> files,
            FileSummary total, long matching, List<String> types, String next) {
    }

    private final FileListingStore store;

    FileListing(FileListingStore store) {
        this.store = store;
    }

    /** A page of the folder; a bad folder or filter is refused with its field named, nothing read. */
    public FolderPage page(UUID versionId, String folder, String after, String name, String type) {
        String n = name(name);
        Filter filter = new Filter(folder(folder), n, type == null ? "" : type.trim(), !n.isEmpty());
        List<FileView> rows = store.page(versionId, filter, Cursor.decode(after), PAGE_SIZE + 1);
        String next = null;
        if (rows.size() > PAGE_SIZE) {
            rows = rows.subList(0, PAGE_SIZE);
            FileView last = rows.get(PAGE_SIZE - 1);
            next = new Cursor(last.folder(), last.name(), last.id()).encode();
        }
        List<Subfolder> subfolders = filter.deep() ? List.of() : store.subfolders(versionId, filter.folder());
        FileSummary total = store.total(versionId, filter.folder());
        long matching = filter.any() ? store.matching(versionId, filter)
                : total.count() - subfolders.stream().mapToLong(Subfolder::files).sum();
        return new FolderPage(filter, crumbs(filter.folder()), subfolders, List.copyOf(rows), total, matching,
                store.types(versionId, filter.folder()), next);
    }

    /**
     * Up to {@code limit} files of the folder and below after {@code after} (null: from the start), in (folder, name,
     * id) order: a zip reads a folder of any size this way, a bounded page at a time.
     */
    public List<FileView> below(UUID versionId, String folder, FileView after, int limit) {
        Cursor cursor = after == null ? Cursor.START : new Cursor(after.folder(), after.name(), after.id());
        return store.page(versionId, new Filter(folder, "", "", true), cursor, limit);
    }

    /** Files and bytes in the folder and below (the folder checked as {@link #folder} does). */
    public FileSummary total(UUID versionId, String folder) {
        return store.total(versionId, folder(folder));
    }

    /**
     * A folder as the reader gave it: {@code ""} for the top, otherwise a relative path of non-empty names (no
     * {@code .} or {@code ..}) ending in {@code /}; a leading {@code /} is dropped and a missing last {@code /} added.
     */
    public static String folder(String folder) {
        if (folder == null || folder.isBlank()) {
            return "";
        }
        String f = folder.trim();
        while (f.startsWith("/")) {
            f = f.substring(1);
        }
        if (!f.isEmpty() && !f.endsWith("/")) {
            f = f + "/";
        }
        for (String part : f.isEmpty() ? new String[0] : f.substring(0, f.length() - 1).split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
                throw new InvalidInputException("folder", "datasets.files.error.folder");
            }
        }
        if (f.length() > 1000) {
            throw new InvalidInputException("folder", "datasets.files.error.folder");
        }
        return f;
    }

    private static String name(String name) {
        String n = name == null ? "" : name.trim();
        if (n.length() > NAME_FILTER_MAX || n.chars().anyMatch(c -> c < 0x20)) {
            throw new InvalidInputException("q", "datasets.files.error.filter");
        }
        return n;
    }

    static List<Crumb> crumbs(String folder) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb("", ""));
        int from = 0;
        for (int slash = folder.indexOf('/'); slash >= 0; slash = folder.indexOf('/', from)) {
            crumbs.add(new Crumb(folder.substring(from, slash), folder.substring(0, slash + 1)));
            from = slash + 1;
        }
        return crumbs;
    }
}
