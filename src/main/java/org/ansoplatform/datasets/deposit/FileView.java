package org.ansoplatform.datasets.deposit;

import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.files.FileSizes;

/**
 * A file of a version: its stored file, the folder it is in ({@code ""} at the top, otherwise a relative path
 * ending in {@code /} such as {@code raw/2021/}), its name, type and size detected from the bytes, checksums (MD5
 * null for files stored before it was kept) and access.
 */
public record FileView(UUID id, UUID versionId, UUID storedFileId, String folder, String name, String mediaType, long size,
        String sha256, String md5, FileAccess access, LocalDate embargoUntil) {

    /** The size as people read it (1.5 KB), the exact count of bytes staying in the API and the exports. */
    public String sizeText() {
        return FileSizes.humanReadable(size);
    }

    /** Open to anyone on {@code today}: open, or embargoed until a day that has come. */
    public boolean openOn(LocalDate today) {
        return access == FileAccess.OPEN
                || access == FileAccess.EMBARGOED && embargoUntil != null && !today.isBefore(embargoUntil);
    }

    public String path(UUID datasetId, int number) {
        return DatasetsPaths.file(datasetId, number, id);
    }
}
