package org.ansoplatform.datasets.showcase;

import java.util.List;

import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;

/**
 * A showcase as written: title and description per language, kind, theme, the application's address, the datasets
 * it uses ({@code datasets:dataset:<id>}) and the project behind it ({@code projects:project:<id>}, may be null), and
 * a note on what is illustrative (demo data).
 */
public record ShowcaseCommand(LocalizedText title, LocalizedText description, ShowcaseKind kind, ShowcaseTheme theme, String link,
        List<RecordRef> datasets, RecordRef project, String note) {

    public ShowcaseCommand {
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        note = note == null ? "" : note.strip();
    }
}
