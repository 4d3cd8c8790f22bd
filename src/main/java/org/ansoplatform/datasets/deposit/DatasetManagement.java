package org.ansoplatform.datasets.deposit;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetDrafted;
import org.ansoplatform.datasets.DatasetStatus;
import org.ansoplatform.datasets.DatasetSubmitted;
import org.ansoplatform.files.FileNames;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.ResumableUploads;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A depositor's commands: start a dataset, save its draft metadata (resumed later), add and remove files with their
 * access, submit to the curators, start a new version from the latest published one. Only the depositor may change
 * a dataset; to anyone else it does not exist (404).
 */
@Service
@Transactional
public class DatasetManagement {

    /** What a dataset's files may be, detected from the bytes (executables never are). */
    public static final Set<String> FILE_TYPES = Set.of("text/csv", "text/plain", "text/tab-separated-values",
            "application/json", "application/xml", "text/xml", "application/zip", "application/gzip", "application/x-gzip",
            "application/x-tar", "application/pdf", "image/png", "image/jpeg", "image/tiff", "application/x-netcdf",
            "application/x-hdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel", "application/geo+json");

    private final DatasetStore store;
    private final DatasetQueries queries;
    private final DepositInput input;
    private final FileStorage storage;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final ResumableUploads resumableUploads;

    DatasetManagement(DatasetStore store, DatasetQueries queries, DepositInput input, FileStorage storage,
            CurrentActor currentActor, ApplicationEventPublisher events, ResumableUploads resumableUploads) {
        this.resumableUploads = resumableUploads;
        this.store = store;
        this.queries = queries;
        this.input = input;
        this.storage = storage;
        this.currentActor = currentActor;
        this.events = events;
    }

    /** A new dataset with its first version as a draft of the signed-in person; returns the dataset's id. */
    public UUID create(DatasetMetadata metadata) {
        Actor actor = signedIn();
        DatasetMetadata checked = input.check(metadata);
        UUID datasetId = UUID.randomUUID();
        UUID versionId = UUID.randomUUID();
        store.insertDataset(datasetId, actor.personId(), actor.at());
        store.insertVersion(versionId, datasetId, 1, checked, actor.at());
        store.step(versionId, null, DatasetStatus.DRAFT, actor, "");
        events.publishEvent(new DatasetDrafted(datasetId, versionId, 1, actor));
        return datasetId;
    }

    /** Saves the draft's metadata (a draft may be incomplete; submission asks for the rest). */
    public void update(UUID datasetId, DatasetMetadata metadata) {
        VersionView version = editable(datasetId);
        store.updateMetadata(version.id(), input.check(metadata), currentActor.get().at());
    }

    /** Adds a file to the draft, its type checked from the bytes; the caller closes {@code content}. */
    public UUID addFile(UUID datasetId, String name, InputStream content, FileAccess access, LocalDate embargoUntil) {
        VersionView version = editable(datasetId);
        checkAccess(access, embargoUntil);
        unique(version, "", name);
        StoredFile stored = storage.store(version.depositorId(), name, content, FILE_TYPES);
        UUID id = UUID.randomUUID();
        int position = store.nextPosition(version.id());
        store.insertFile(new FileView(id, version.id(), stored.id(), "", stored.originalName(), stored.mediaType(),
                stored.size(), stored.sha256(), stored.md5(), access, access == FileAccess.EMBARGOED ? embargoUntil : null), position);
        return id;
    }

    /**
     * Adds a finished resumable upload (its address or id at {@code /uploads}) to the draft, in {@code folder}
     * ('' or a relative path ending in '/', see {@link FolderNames}); the upload must be the depositor's, its
     * checksums those declared, its type one of {@link #FILE_TYPES}. Issue 23 part U.
     */
    public UUID addUploaded(UUID datasetId, String upload, String folder, FileAccess access, LocalDate embargoUntil) {
        return addUploaded(datasetId, upload, folder, access, embargoUntil, ResumableUploads.Declared.none());
    }

    /** As above, with checksums the client computed and declares beside the upload (the deposit page's SHA-256). */
    public UUID addUploaded(UUID datasetId, String upload, String folder, FileAccess access, LocalDate embargoUntil,
            ResumableUploads.Declared declared) {
        VersionView version = editable(datasetId);
        String checkedFolder = FolderNames.check(folder);
        checkAccess(access, embargoUntil);
        // refused before the upload is consumed, so that the person can still add it under another folder
        resumableUploads.fileName(version.depositorId(), upload).ifPresent(name -> unique(version, checkedFolder, name));
        StoredFile stored = resumableUploads.finish(version.depositorId(), upload, declared, FILE_TYPES,
                resumableUploads.maxSize());
        UUID id = UUID.randomUUID();
        int position = store.nextPosition(version.id());
        store.insertFile(new FileView(id, version.id(), stored.id(), checkedFolder, stored.originalName(), stored.mediaType(),
                stored.size(), stored.sha256(), stored.md5(), access, access == FileAccess.EMBARGOED ? embargoUntil : null),
                position);
        return id;
    }

    public void fileAccess(UUID datasetId, UUID fileId, FileAccess access, LocalDate embargoUntil) {
        VersionView version = editable(datasetId);
        checkAccess(access, embargoUntil);
        queries.file(version.id(), fileId).orElseThrow(() -> new NotFoundException("file"));
        store.fileAccess(version.id(), fileId, access, access == FileAccess.EMBARGOED ? embargoUntil : null);
    }

    public void removeFile(UUID datasetId, UUID fileId) {
        VersionView version = editable(datasetId);
        if (store.deleteFile(version.id(), fileId) == 0) {
            throw new NotFoundException("file");
        }
    }

    /** Sends the draft (or the returned version) to the curators, once it has a title, a creator, a licence, files. */
    public void submit(UUID datasetId) {
        VersionView version = editable(datasetId);
        input.complete(version.metadata(), (int) Math.min(Integer.MAX_VALUE, queries.summary(version.id()).count()));
        DatasetStatus to = DatasetState.submit(version);
        Actor actor = currentActor.get();
        store.status(version.id(), to, null, actor.at());
        store.step(version.id(), version.status(), to, actor, "");
        events.publishEvent(new DatasetSubmitted(datasetId, version.id(), version.number(), version.title("en"),
                version.depositorId(), DatasetAddresses.curation(version.id()), "", actor));
    }

    /**
     * A new version as a draft copy of the latest published one (metadata and files), numbered one above the highest;
     * refused while another version is unfinished. Returns the new version's id.
     */
    public UUID newVersion(UUID datasetId) {
        owned(datasetId);
        store.lockDataset(datasetId);
        List<VersionView> versions = queries.versions(datasetId);
        if (versions.stream().anyMatch(v -> !v.public_())) {
            throw new InvalidInputException(null, "datasets.error.openVersion");
        }
        VersionView latest = versions.stream().filter(VersionView::published).findFirst()
                .orElseThrow(() -> new InvalidInputException(null, "datasets.error.nothingPublished"));
        Actor actor = currentActor.get();
        UUID versionId = UUID.randomUUID();
        int number = versions.get(0).number() + 1;
        store.insertVersion(versionId, datasetId, number, latest.metadata().withVersionName(null), actor.at());
        store.copyFiles(latest.id(), versionId);
        store.step(versionId, null, DatasetStatus.DRAFT, actor, "");
        events.publishEvent(new DatasetDrafted(datasetId, versionId, number, actor));
        return versionId;
    }

    /** The dataset's newest version, if the signed-in person deposited it. */
    VersionView owned(UUID datasetId) {
        UUID person = currentActor.personId();
        VersionView latest = queries.latest(datasetId).orElseThrow(() -> new NotFoundException("dataset"));
        if (person == null || !person.equals(latest.depositorId())) {
            throw new NotFoundException("dataset");
        }
        return latest;
    }

    private VersionView editable(UUID datasetId) {
        VersionView latest = owned(datasetId);
        VersionView locked = store.lock(latest.id()).orElseThrow(() -> new NotFoundException("dataset"));
        DatasetState.edit(locked);
        return locked;
    }

    /** Refuses a second file of the same name in the same folder: each path of a version names one file. */
    private void unique(VersionView version, String folder, String name) {
        String cleaned = FileNames.clean(name);
        if (store.hasFile(version.id(), folder, cleaned)) {
            throw new org.ansoplatform.platform.ConflictException("file", "datasets.error.fileExists", folder + cleaned);
        }
    }

    private static void checkAccess(FileAccess access, LocalDate embargoUntil) {
        List<Violation> v = new ArrayList<>();
        if (access == null) {
            v.add(new Violation("access", "validation.required"));
        } else if (access == FileAccess.EMBARGOED && embargoUntil == null) {
            v.add(new Violation("embargoUntil", "datasets.error.embargo"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private Actor signedIn() {
        Actor actor = currentActor.get();
        if (actor.personId() == null) {
            throw new NotFoundException("dataset");
        }
        return actor;
    }
}
