package org.ansoplatform.datasets.web;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.datasets.DatasetUsage;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.FileListing;
import org.ansoplatform.datasets.deposit.FileSummary;
import org.ansoplatform.datasets.deposit.FileView;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A folder of a version (the whole version without {@code folder}) as one zip, written while it is sent: the folder's
 * files read {@link #BATCH} rows at a time by keyset and each one's bytes streamed from the store, so that memory stays
 * bounded whatever the folder's size (Zip64 where needed, as {@link ZipOutputStream} does). Names are the files' paths
 * relative to the folder, flagged UTF-8. Files the reader may not download are left out and named in
 * {@code MANIFEST.txt}. Files whose type is already compressed are deflated at level 0 (stored in effect, without
 * reading them twice for the CRC that a STORED entry needs first; decision 260). One zip counts as one request.
 */
@Controller
class FolderZip {

    static final String PATH = DatasetsPaths.DATASETS + "/{id}/versions/{number}/zip";
    static final int BATCH = 500;
    /** Closed files named in the manifest; more are counted. */
    static final int MANIFEST_NAMES = 10_000;
    static final String MANIFEST = "MANIFEST.txt";
    private static final Set<String> COMPRESSED = Set.of("application/zip", "application/gzip", "application/x-gzip",
            "image/png", "image/jpeg", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/x-hdf", "application/x-netcdf", "application/pdf");

    private final VersionAccess access;
    private final FileListing listing;
    private final FileStorage storage;
    private final DatasetUsage usage;
    private final UsageVisits visits;

    FolderZip(VersionAccess access, FileListing listing, FileStorage storage, DatasetUsage usage, UsageVisits visits) {
        this.access = access;
        this.listing = listing;
        this.storage = storage;
        this.usage = usage;
        this.visits = visits;
    }

    @GetMapping(PATH)
    void zip(@PathVariable UUID id, @PathVariable int number, @RequestParam(required = false) String folder,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        VersionView version = access.visible(id, number);
        String root;
        try {
            root = FileListing.folder(folder);
        } catch (InvalidInputException notAFolder) {
            // no folder of the version has such a name
            throw new NotFoundException("folder");
        }
        FileSummary total = listing.total(version.id(), root);
        if (version.withdrawn() || total.count() == 0) {
            throw new NotFoundException("folder");
        }
        boolean all = access.mayDownloadAll(version);
        if (version.public_()) {
            usage.request(version.datasetId(), version.id(), visits.of(request));
        }
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(zipName(version, root), StandardCharsets.UTF_8).build().toString());
        write(version, root, all, response.getOutputStream());
    }

    private void write(VersionView version, String root, boolean all, OutputStream body) throws IOException {
        Instant at = version.publishedAt() != null ? version.publishedAt() : version.updatedAt();
        List<String> closed = new ArrayList<>();
        long closedCount = 0;
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(body, 64 * 1024), StandardCharsets.UTF_8)) {
            FileView last = null;
            String previous = null;
            boolean manifestTaken = false;
            List<FileView> batch;
            do {
                batch = listing.below(version.id(), root, last, BATCH);
                for (FileView file : batch) {
                    String name = file.folder().substring(root.length()) + file.name();
                    if (!FileRows.readable(version, file, all, access.today())) {
                        if (closed.size() < MANIFEST_NAMES) {
                            closed.add(name);
                        }
                        closedCount++;
                        continue;
                    }
                    if (name.equals(previous)) {
                        // two rows of one path (kept from before paths were unique): a zip holds a name once
                        continue;
                    }
                    previous = name;
                    manifestTaken |= name.equals(MANIFEST);
                    ZipEntry entry = new ZipEntry(name);
                    entry.setTime(at.toEpochMilli());
                    zip.setLevel(COMPRESSED.contains(file.mediaType()) ? Deflater.NO_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
                    zip.putNextEntry(entry);
                    try (InputStream content = storage.open(stored(version, file))) {
                        content.transferTo(zip);
                    }
                    zip.closeEntry();
                }
                last = batch.isEmpty() ? last : batch.get(batch.size() - 1);
            } while (batch.size() == BATCH);
            if (closedCount > 0) {
                zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                ZipEntry manifest = new ZipEntry(manifestTaken ? "_" + MANIFEST : MANIFEST);
                manifest.setTime(at.toEpochMilli());
                zip.putNextEntry(manifest);
                zip.write(manifest(closed, closedCount).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    /**
     * The stored file behind a listed one, from the listing's own columns (its checksum names its bytes): reading the
     * stored file's row again for each of tens of thousands of files would be one query per file.
     */
    private static StoredFile stored(VersionView version, FileView file) {
        return new StoredFile(file.storedFileId(), file.sha256(), file.md5(), file.size(), file.mediaType(), file.name(),
                version.depositorId(), null);
    }

    private static String manifest(List<String> closed, long count) {
        StringBuilder text = new StringBuilder("""
                These files of the folder are not in this zip: they are embargoed or restricted, and you may not download
                them yet. Their landing page tells how to ask for access.

                """);
        closed.forEach(name -> text.append(name).append('\n'));
        if (count > closed.size()) {
            text.append("… and ").append(count - closed.size()).append(" more\n");
        }
        return text.toString();
    }

    private static String zipName(VersionView version, String root) {
        String folder = root.isEmpty() ? "" : "-" + root.substring(0, root.length() - 1).replace('/', '-');
        return "dataset-" + version.datasetId().toString().substring(0, 8) + "-v" + version.number() + folder + ".zip";
    }
}
