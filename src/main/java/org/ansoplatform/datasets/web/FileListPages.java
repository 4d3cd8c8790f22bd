package org.ansoplatform.datasets.web;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.FileListing;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A version's files one folder at a time (breadcrumbs, subfolders with their counts and sizes, a page of files by
 * keyset cursor, a name and a type filter), as a page and in JSON. Seen by whoever sees the version (an unpublished
 * one by its depositor and the curators only); closed files are listed, never linked. The same in JSON:
 * {@link FileListApi}.
 */
@Controller
class FileListPages {

    static final String PAGE = DatasetsPaths.DATASETS + "/{id}/versions/{number}/files";

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

}
