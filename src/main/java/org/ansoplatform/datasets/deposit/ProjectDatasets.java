package org.ansoplatform.datasets.deposit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.projects.ProjectLinkSource;
import org.springframework.stereotype.Component;

/** The published datasets naming a project as their funder, for its public page: newest first, with version and DOI. */
@Component
class ProjectDatasets implements ProjectLinkSource {

    private final DatasetQueries queries;
    private final Clock clock;

    ProjectDatasets(DatasetQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public String heading() {
        return "datasets.project.heading";
    }

    @Override
    public List<ProjectLink> linksTo(UUID projectId, Locale locale) {
        return queries.latestPublished(projectId, clock.instant()).stream()
                .map(v -> new ProjectLink(DatasetPublishing.conceptRef(v.datasetId()), v.title(locale.getLanguage()),
                        DatasetsPaths.dataset(v.datasetId()), v.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                        "v" + v.number() + (v.doi() == null ? "" : " · doi:" + v.doi())))
                .toList();
    }
}
