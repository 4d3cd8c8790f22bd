package org.ansoplatform.datasets.deposit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.projects.ProjectLinkSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The published datasets naming a project as their funder, for its public page: newest first, with version and DOI. */
@Component
class ProjectDatasets implements ProjectLinkSource {

    private final DatasetQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    ProjectDatasets(DatasetQueries queries, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String heading() {
        return "datasets.project.heading";
    }

    @Override
    public List<ProjectLink> linksTo(UUID projectId, Locale locale) {
        List<ProjectLink> links = new ArrayList<>(queries.latestPublished(projectId, clock.instant()).stream()
                .map(v -> new ProjectLink(DatasetPublishing.conceptRef(v.datasetId()), v.title(locale.getLanguage()),
                        DatasetsPaths.dataset(v.datasetId()), v.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                        "v" + v.number() + (v.doi() == null ? "" : " · doi:" + v.doi())))
                .toList());
        if (!links.isEmpty()) {
            // the last line leads to the project's catalogue (the filter ?project=, part B of issue 22)
            links.add(new ProjectLink(null, messages.getMessage("datasets.catalogue.seeAll", null, locale),
                    DatasetsPaths.DATASETS + "?project=" + projectId, null, null));
        }
        return links;
    }
}
