package org.ansoplatform.datasets.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ansoplatform.datasets.showcase.ShowcaseCommand;
import org.ansoplatform.datasets.showcase.ShowcaseKind;
import org.ansoplatform.datasets.showcase.ShowcaseTheme;
import org.ansoplatform.datasets.showcase.ShowcaseView;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;

/**
 * A showcase as its managers type it: texts per language, kind, theme, the application's address, the datasets it
 * uses (one {@code datasets:dataset:<id>} per line), the project behind it (chosen from a list) and a note.
 */
public record ShowcaseForm(Map<String, String> title, Map<String, String> description,
        @NotNull(message = "{showcase.error.kind}") ShowcaseKind kind, @NotNull(message = "{showcase.error.theme}") ShowcaseTheme theme,
        @Size(max = 2000, message = "{showcase.error.link}") String link, @Size(max = 5000) String datasets, String project,
        @Size(max = 500) String note) {

    static ShowcaseForm blank() {
        return new ShowcaseForm(Map.of(), Map.of(), ShowcaseKind.WEB_PLATFORM, ShowcaseTheme.AGRICULTURE_FOOD, "https://", "", "", "");
    }

    static ShowcaseForm of(ShowcaseView s) {
        return new ShowcaseForm(s.title().values(), s.description().values(), s.kind(), s.theme(), s.link(),
                s.datasets().stream().map(RecordRef::toString).collect(Collectors.joining("\n")),
                s.project() == null ? "" : s.project().id().toString(), s.note());
    }

    ShowcaseCommand command() {
        List<RecordRef> refs = new ArrayList<>();
        for (String line : (datasets == null ? "" : datasets).split("[\\s,]+")) {
            if (line.isBlank()) {
                continue;
            }
            if (!RecordRef.isValid(line.strip())) {
                throw new InvalidInputException("datasets", "showcase.error.dataset", line.strip());
            }
            refs.add(RecordRef.parse(line.strip()));
        }
        RecordRef projectRef = null;
        if (project != null && !project.isBlank()) {
            try {
                projectRef = ProjectQueries.ref(UUID.fromString(project.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("project", "showcase.error.project");
            }
        }
        return new ShowcaseCommand(LocalizedText.of(title), LocalizedText.of(description), kind, theme, link, refs, projectRef, note);
    }
}
