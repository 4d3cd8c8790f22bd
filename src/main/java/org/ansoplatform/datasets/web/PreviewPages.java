package org.ansoplatform.datasets.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.FileView;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.files.preview.FilePreviews;
import org.ansoplatform.files.preview.Preview;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A file's preview page (a table's first rows, a picture, or why there is none) and its picture, for files the reader
 * may open (as {@link FileRows} decides; anything else is 404). The picture never changes for the file's bytes: an
 * ETag, a day's caching (private unless the file is open to everyone) and 304 for a copy the browser already has.
 */
@Controller
class PreviewPages {

    static final String PAGE = DatasetsPaths.DATASETS + "/{id}/versions/{number}/files/{fileId}/preview";
    static final String PICTURE = PAGE + ".png";

    private final VersionAccess access;
    private final DatasetQueries queries;
    private final FileStorage storage;
    private final FilePreviews previews;

    PreviewPages(VersionAccess access, DatasetQueries queries, FileStorage storage, FilePreviews previews) {
        this.access = access;
        this.queries = queries;
        this.storage = storage;
        this.previews = previews;
    }

    private record Opened(VersionView version, FileView file, StoredFile stored, boolean everyone) {
    }

    @GetMapping(PAGE)
    String page(@PathVariable UUID id, @PathVariable int number, @PathVariable UUID fileId, Model model) {
        Opened opened = open(id, number, fileId);
        Optional<Preview> preview = previews.preview(opened.stored());
        model.addAttribute("version", opened.version());
        model.addAttribute("file", opened.file());
        model.addAttribute("download", opened.version().public_() ? opened.file().path(id, number) : null);
        model.addAttribute("table", preview.filter(Preview.Table.class::isInstance).orElse(null));
        model.addAttribute("picture", preview.filter(Preview.Picture.class::isInstance)
                .map(p -> FileRows.preview(opened.version(), opened.file()) + ".png").orElse(null));
        model.addAttribute("unavailable", preview.filter(Preview.Unavailable.class::isInstance)
                .map(p -> ((Preview.Unavailable) p).reason()).orElse(preview.isEmpty() ? "files.preview.none" : null));
        return "datasets/preview";
    }

    @GetMapping(PICTURE)
    void picture(@PathVariable UUID id, @PathVariable int number, @PathVariable UUID fileId,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            HttpServletResponse response) throws IOException {
        Opened opened = open(id, number, fileId);
        Preview.Picture picture = previews.preview(opened.stored()).filter(Preview.Picture.class::isInstance)
                .map(Preview.Picture.class::cast).orElseThrow(() -> new NotFoundException("preview"));
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(1));
        response.setHeader(HttpHeaders.CACHE_CONTROL, (opened.everyone() ? cache.cachePublic() : cache.cachePrivate()).getHeaderValue());
        response.setHeader(HttpHeaders.ETAG, picture.etag());
        if (picture.etag().equals(ifNoneMatch)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(MediaType.IMAGE_PNG_VALUE);
        try (InputStream in = previews.open(picture)) {
            in.transferTo(response.getOutputStream());
        }
    }

    private Opened open(UUID id, int number, UUID fileId) {
        VersionView version = access.visible(id, number);
        FileView file = queries.file(version.id(), fileId).orElseThrow(() -> new NotFoundException("file"));
        if (!FileRows.readable(version, file, access.mayDownloadAll(version), access.today())) {
            throw new NotFoundException("file");
        }
        StoredFile stored = storage.find(file.storedFileId()).orElseThrow(() -> new NotFoundException("file"));
        boolean everyone = version.public_() && file.openOn(access.today());
        return new Opened(version, file, stored, everyone);
    }
}
