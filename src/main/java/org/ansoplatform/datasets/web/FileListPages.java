package org.ansoplatform.datasets.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.FileAccess;
import org.ansoplatform.datasets.deposit.FileListing;
import org.ansoplatform.datasets.deposit.FileView;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A version's files one folder at a time (breadcrumbs, subfolders with their counts and sizes, a page of files by
 * keyset cursor, a name and a type filter), as a page and in JSON. Seen by whoever sees the version (an unpublished
 * one by its depositor and the curators only); closed files are listed, never linked.
 */
@Controller
@Tag(name = "Datasets", description = "Deposit datasets and read their published versions")
class FileListPages {

    static final String PAGE = DatasetsPaths.DATASETS + "/{id}/versions/{number}/files";
    static final String API = DatasetsPaths.API + "/{id}/versions/{number}/files";

    /** A subfolder: its name, its path (the {@code folder} parameter that lists it), its files and bytes at any depth. */
    record ApiFolder(String name, String folder, long files, long bytes) {
    }

    /** A listed file; {@code path} its download address, null while the caller may not download it. */
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

    FileListPages(VersionAccess access, FileListing listing, FileRows rows) {
        this.access = access;
        this.listing = listing;
        this.rows = rows;
    }

    @GetMapping(PAGE)
    String page(@PathVariable UUID id, @PathVariable int number, @RequestParam(required = false) String folder,
            @RequestParam(required = false) String after, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, Model model) {
        VersionView version = access.visible(id, number);
        FileListing.FolderPage page;
        try {
            page = listing.page(version.id(), folder, after, q, type);
        } catch (InvalidInputException invalid) {
            // the filter is shown again with its message, over the version's top folder
            model.addAttribute("errors", invalid.violations());
            page = listing.page(version.id(), "", null, null, null);
        }
        boolean all = access.mayDownloadAll(version);
        model.addAttribute("version", version);
        model.addAttribute("page", page);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("files", page.files().stream().map(f -> rows.row(version, f, all)).toList());
        model.addAttribute("zipAllowed", !version.withdrawn() && page.total().count() > 0);
        return "datasets/files";
    }

    @Operation(summary = "Lists one folder of a version's files a page at a time (next page: after=the cursor given)")
    @GetMapping(API)
    @ResponseBody
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
