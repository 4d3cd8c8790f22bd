package org.ansoplatform.datasets.web;

import java.time.Clock;
import java.time.LocalDate;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.FileView;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.files.preview.FilePreviews;
import org.springframework.stereotype.Component;

/**
 * A listed file as the landing page and the file list show it: its download link when the reader may download it
 * (a published version; open on the day or the reader granted), its preview link when it has one and the reader may
 * open it (the depositor and curators on an unpublished version too).
 */
@Component
class FileRows {

    private final FilePreviews previews;
    private final Clock clock;

    FileRows(FilePreviews previews, Clock clock) {
        this.previews = previews;
        this.clock = clock;
    }

    /** {@code all}: the reader may open every file of the version (depositor, curator, granted). */
    LandingModel.LandingFile row(VersionView version, FileView file, boolean all) {
        boolean readable = readable(version, file, all, LocalDate.now(clock));
        String preview = readable && previews.previewable(file.mediaType(), file.name())
                ? preview(version, file) : null;
        return new LandingModel.LandingFile(file, file.path(version.datasetId(), version.number()),
                readable && version.public_(), preview);
    }

    static boolean readable(VersionView version, FileView file, boolean all, LocalDate today) {
        return !version.withdrawn() && (all || version.public_() && file.openOn(today));
    }

    static String preview(VersionView version, FileView file) {
        return DatasetsPaths.file(version.datasetId(), version.number(), file.id()) + "/preview";
    }
}
