package org.ansoplatform.datasets.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.datasets.DatasetStatus;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.CurationManagement;
import org.ansoplatform.datasets.deposit.DatasetManagement;
import org.ansoplatform.datasets.deposit.DatasetMetadata;
import org.ansoplatform.datasets.deposit.DatasetPublishing;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.FileAccess;
import org.ansoplatform.datasets.deposit.FileView;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.files.ResumableUploads;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Reader;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Deposit in JSON, for scripts with a personal API token (write scope): create a draft, update its metadata, add a
 * file, submit; and reading a dataset, its versions and one version. Published versions are anyone's; unpublished ones
 * only their depositor's and the curators' (404 to anyone else).
 */
@RestController
@Tag(name = "Datasets", description = "Deposit datasets and read their published versions")
class DatasetApi {

    static final String API = DatasetsPaths.API;

    /** A file of a version; {@code path} is its download address. */
    @Schema(name = "DatasetFile")
    record ApiFile(UUID id, String folder, String name, String mediaType, long size, String sha256, String md5, FileAccess access,
            LocalDate embargoUntil, String path) {
    }

    /**
     * A version with its metadata and its first {@link DatasetPublishing#DESCRIBED_FILES} files in folder and name order
     * ({@code fileCount} counts them all; {@code filesPath} lists them all a page at a time); {@code doi} once published.
     */
    record ApiVersion(UUID datasetId, UUID versionId, int number, DatasetStatus status, String doi, Instant published,
            Instant withdrawn, String withdrawReason, String path, DatasetMetadata metadata, List<ApiFile> files,
            long fileCount, String filesPath) {
    }

    /** What a new draft is: the dataset and its first version. */
    record Created(UUID datasetId, UUID versionId, String path) {
    }

    private final DatasetManagement management;
    private final DatasetQueries queries;
    private final CurrentActor currentActor;

    DatasetApi(DatasetManagement management, DatasetQueries queries, CurrentActor currentActor) {
        this.management = management;
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "createDataset", summary = "Starts a dataset as a draft of the caller's, with its metadata (which may be incomplete)")
    @PostMapping(API)
    ResponseEntity<Created> create(@RequestBody DatasetMetadata metadata) {
        UUID id = management.create(metadata);
        VersionView version = queries.latest(id).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id, version.id(), API + "/" + id));
    }

    @Operation(operationId = "updateDataset", summary = "Replaces the metadata of the caller's draft (or returned version)")
    @PutMapping(API + "/{id}")
    ApiVersion update(@PathVariable UUID id, @RequestBody DatasetMetadata metadata) {
        management.update(id, metadata);
        return api(queries.latest(id).orElseThrow());
    }

    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "addDatasetFile", summary = "Adds a file to the caller's draft; its type is detected from the bytes")
    @PostMapping(path = API + "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApiFile> addFile(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "access", defaultValue = "OPEN") FileAccess access,
            @RequestParam(name = "embargoUntil", required = false) LocalDate embargoUntil) {
        UUID fileId;
        try (InputStream content = file.getInputStream()) {
            fileId = management.addFile(id, file.getOriginalFilename(), content, access, embargoUntil);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        VersionView version = queries.latest(id).orElseThrow();
        FileView added = queries.file(version.id(), fileId).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(file(version, added));
    }

    /** A finished resumable upload to add (issue 23 part U); {@code sha256} and {@code md5} are optional. */
    record UploadedFile(String upload, String folder, FileAccess access, LocalDate embargoUntil, String sha256, String md5) {
    }

    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "addUploadedDatasetFile", summary = "Adds a finished resumable upload to the caller's draft",
            description = "The upload is the caller's, made through the tus 1.0 endpoint /uploads (its address or id in "
                    + "upload). The server's SHA-256 and MD5 of the received bytes are compared with those declared in the "
                    + "upload's metadata (sha256, md5) and here; a mismatch deletes the upload and stores nothing. folder is "
                    + "empty or a relative path ending in a slash. The file's type is detected from the bytes.")
    @PostMapping(path = API + "/{id}/files/uploaded", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiFile> addUploaded(@PathVariable UUID id, @RequestBody UploadedFile body) {
        UUID fileId = management.addUploaded(id, body.upload(), body.folder(),
                body.access() == null ? FileAccess.OPEN : body.access(), body.embargoUntil(),
                new ResumableUploads.Declared(body.sha256(), body.md5()));
        VersionView version = queries.latest(id).orElseThrow();
        FileView added = queries.file(version.id(), fileId).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(file(version, added));
    }

    @Operation(operationId = "submitDataset", summary = "Submits the caller's draft to the curators")
    @PostMapping(API + "/{id}/submit")
    ApiVersion submit(@PathVariable UUID id) {
        management.submit(id);
        return api(queries.latest(id).orElseThrow());
    }

    @Operation(operationId = "getDataset", summary = "A dataset: its latest published version, or for its depositor and curators its newest version")
    @GetMapping(API + "/{id}")
    ApiVersion dataset(@PathVariable UUID id) {
        List<VersionView> versions = readable(id);
        return api(versions.stream().filter(VersionView::published).findFirst().orElse(versions.get(0)));
    }

    @Operation(operationId = "listDatasetVersions", summary = "A dataset's versions the reader may see, newest first")
    @GetMapping(API + "/{id}/versions")
    List<ApiVersion> versions(@PathVariable UUID id) {
        return readable(id).stream().map(this::api).toList();
    }

    @Operation(operationId = "getDatasetVersion", summary = "One version of a dataset")
    @GetMapping(API + "/{id}/versions/{number}")
    ApiVersion version(@PathVariable UUID id, @PathVariable int number) {
        return readable(id).stream().filter(v -> v.number() == number).findFirst().map(this::api)
                .orElseThrow(() -> new NotFoundException("version"));
    }

    private List<VersionView> readable(UUID id) {
        Reader reader = currentActor.reader();
        List<VersionView> versions = queries.versions(id).stream().filter(v -> v.public_() || reader.signedIn()
                && (v.depositorId().equals(reader.personId()) || reader.hasRole(CurationManagement.CURATOR))).toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("dataset");
        }
        return versions;
    }

    private ApiVersion api(VersionView v) {
        return new ApiVersion(v.datasetId(), v.id(), v.number(), v.status(), v.doi(), v.publishedAt(), v.withdrawnAt(),
                v.withdrawReason(), v.public_() ? v.path() : null, v.metadata(),
                queries.firstFiles(v.id(), DatasetPublishing.DESCRIBED_FILES).stream().map(f -> file(v, f)).toList(),
                queries.summary(v.id()).count(), API + "/" + v.datasetId() + "/versions/" + v.number() + "/files");
    }

    private static ApiFile file(VersionView v, FileView f) {
        return new ApiFile(f.id(), f.folder(), f.name(), f.mediaType(), f.size(), f.sha256(), f.md5(), f.access(), f.embargoUntil(),
                v.public_() ? f.path(v.datasetId(), v.number()) : null);
    }
}
