package org.ansoplatform.files.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Files", description = "The caller's own documents: upload, list, metadata and content")
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
    @Operation(operationId = "listFiles")
    @GetMapping
    List<StoredFile> list() {
        return storage.ownedBy(actor.personId());
    }

    /**
     * Stores the multipart part {@code file} if it is a PDF, PNG, JPEG or plain text file that is what its
     * name says, within the size limit; answers 201 with its metadata, or 400 with the reason at {@code file}.
     */
    // no consumes: a request of another type gets the 400 with its reason below, not a bare 415
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "uploadFile")
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
    @Operation(operationId = "getFile")
    @GetMapping("/{id}")
    StoredFile metadata(@PathVariable UUID id) {
        return downloads.readable(id);
    }

    /** A file's bytes as an attachment, if the caller may read it. */
    @ApiResponse(responseCode = "200", description = "The file's bytes, in the type it was stored with", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "206", description = "The requested range of the file's bytes (Range header)", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "multipart/byteranges", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "304", description = "Not modified since the If-None-Match or If-Modified-Since given")
    @ApiResponse(responseCode = "416", description = "The Range asked for lies outside the file")
    @Operation(operationId = "downloadFile")
    @GetMapping("/{id}/content")
    ResponseEntity<Resource> content(@PathVariable UUID id) {
        return downloads.download(id);
    }
}
