package org.ansoplatform.datasets.showcase;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;

/** A showcase with its screenshots in order. */
public record ShowcaseView(UUID id, LocalizedText title, LocalizedText description, ShowcaseKind kind, ShowcaseTheme theme,
        String link, List<RecordRef> datasets, RecordRef project, String note, ShowcaseStatus status, Instant createdAt,
        Instant updatedAt, Instant publishedAt, List<Screenshot> screenshots) {

    public ShowcaseView {
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        screenshots = screenshots == null ? List.of() : List.copyOf(screenshots);
    }

    public boolean published() {
        return status == ShowcaseStatus.PUBLISHED;
    }

    public String path() {
        return DatasetsPaths.showcase(id);
    }

    public RecordRef ref() {
        return ShowcaseManagement.ref(id);
    }

    ShowcaseView withScreenshots(List<Screenshot> list) {
        return new ShowcaseView(id, title, description, kind, theme, link, datasets, project, note, status, createdAt, updatedAt,
                publishedAt, list);
    }

    /** One screenshot: the stored image and its alternative text; {@code path} is where the public page shows it. */
    public record Screenshot(UUID id, UUID fileId, String alt, int position, UUID showcaseId) {
        public String path() {
            return DatasetsPaths.showcase(showcaseId) + "/screenshots/" + id;
        }
    }
}
