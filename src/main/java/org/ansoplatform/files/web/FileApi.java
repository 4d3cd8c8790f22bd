package org.ansoplatform.files.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The caller's own documents over the API: list, upload, metadata and content. */
@RestController
@RequestMapping("/api/v1/files")
class FileApi {

    private final FileStorage storage;
    private final FileDownloads downloads;
    private final CurrentActor actor;

    FileApi(FileStorage storage, FileDownloads downloads, CurrentActor actor) {
        this.storage = storage;
        this.downloads = downloads;
        this.actor = actor;
    }

    /** The caller's own files, newest first. */
    @GetMapping
    List<StoredFile> list() {
        return storage.ownedBy(actor.personId());
    }

    /**
     * Stores the multipart part {@code file} if it is a PDF, PNG, JPEG or plain text file that is what its
     * name says, within the size limit; answers 201 with its metadata, or 400 with the reason at {@code file}.
     */
    // no consumes: a request of another type gets the 400 with its reason below, not a bare 415
    @PostMapping
    ResponseEntity<StoredFile> upload(@RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
            throw new InvalidInputException("file", "files.error.missing");
        }
        StoredFile stored;
        try (InputStream content = file.getInputStream()) {
            stored = storage.store(actor.personId(), file.getOriginalFilename(), content, FileStorage.DOCUMENT_TYPES);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(stored.id()).toUri();
        return ResponseEntity.created(location).body(stored);
    }

    /** A file's metadata, if the caller may read it. */
    @GetMapping("/{id}")
    StoredFile metadata(@PathVariable UUID id) {
        return downloads.readable(id);
    }

    /** A file's bytes as an attachment, if the caller may read it. */
    @GetMapping("/{id}/content")
    ResponseEntity<Resource> content(@PathVariable UUID id) {
        return downloads.download(id);
    }
}
