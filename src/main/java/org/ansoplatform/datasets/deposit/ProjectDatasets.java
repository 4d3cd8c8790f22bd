package org.ansoplatform.datasets.deposit;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.projects.ProjectLinkSource;
import org.springframework.stereotype.Component;

/** The published datasets naming a project, for its public page (contracts commit: part D fills it in). */
@Component
class ProjectDatasets implements ProjectLinkSource {

    @Override
    public String heading() {
        return "datasets.project.heading";
    }

    @Override
    public List<ProjectLink> linksTo(UUID projectId, Locale locale) {
        return List.of();
    }
}
