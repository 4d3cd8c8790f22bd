package org.ansoplatform.datasets.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.FileAccess;
import org.ansoplatform.datasets.deposit.FileListing;
import org.ansoplatform.datasets.deposit.FileView;
import org.ansoplatform.datasets.deposit.VersionView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A version's files one folder at a time in JSON, as {@link FileListPages} shows them: a page of {@link
 * FileListing#PAGE_SIZE} files by keyset cursor ({@code after}, the {@code next} of the page before), a name
 * substring and a media type filter; a bad folder or filter answers 400 with the field named.
 */
@RestController
@Tag(name = "Datasets", description = "Deposit datasets and read their published versions")
class FileListApi {

    static final String API = DatasetsPaths.API + "/{id}/versions/{number}/files";

    /** A subfolder: its name, its path (the {@code folder} parameter that lists it), its files and bytes at any depth. */
    record ApiFolder(String name, String folder, long files, long bytes) {
    }

    /** A listed file; {@code path} its download address, null while the caller may not download it. */
    @Schema(name = "DatasetVersionFile")
    record ApiFile(UUID id, String folder, String name, String mediaType, long size, String sha256, String md5,
            FileAccess access, LocalDate embargoUntil, String path) {
    }

    /**
     * One page of a folder: {@code totalFiles} and {@code totalBytes} count the folder and below, {@code matching} the
     * files the filters match (the folder's own without filters); {@code next} the cursor of the next page, or null.
     */
    record ApiPage(String folder, String q, String type, long totalFiles, long totalBytes, long matching,
            List<ApiFolder> folders, List<ApiFile> files, String next) {
    }

    private final VersionAccess access;
    private final FileListing listing;
    private final FileRows rows;

    FileListApi(VersionAccess access, FileListing listing, FileRows rows) {
        this.access = access;
        this.listing = listing;
        this.rows = rows;
    }

    @Operation(operationId = "listDatasetVersionFiles", summary = "Lists one folder of a version's files a page at a time (next page: after=the cursor given)")
    @GetMapping(API)
    ApiPage api(@PathVariable UUID id, @PathVariable int number, @RequestParam(required = false) String folder,
            @RequestParam(required = false) String after, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type) {
        VersionView version = access.visible(id, number);
        FileListing.FolderPage page = listing.page(version.id(), folder, after, q, type);
        boolean all = access.mayDownloadAll(version);
        return new ApiPage(page.filter().folder(), page.filter().name(), page.filter().type(), page.total().count(),
                page.total().bytes(), page.matching(),
                page.subfolders().stream().map(s -> new ApiFolder(s.name(), s.path(), s.files(), s.bytes())).toList(),
                page.files().stream().map(f -> file(version, f, rows.row(version, f, all).downloadable())).toList(),
                page.next());
    }

    private static ApiFile file(VersionView version, FileView f, boolean downloadable) {
        return new ApiFile(f.id(), f.folder(), f.name(), f.mediaType(), f.size(), f.sha256(), f.md5(), f.access(),
                f.embargoUntil(), downloadable ? f.path(version.datasetId(), version.number()) : null);
    }
}
