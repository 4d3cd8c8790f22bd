package org.ansoplatform.datasets.showcase;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.projects.ProjectLinkSource;
import org.ansoplatform.projects.ProjectQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The published showcases naming a project, listed on its public page under "Application showcases". */
@Component
@Transactional(readOnly = true)
class ProjectShowcases implements ProjectLinkSource {

    private final ShowcaseStore store;

    ProjectShowcases(ShowcaseStore store) {
        this.store = store;
    }

    @Override
    public String heading() {
        return "datasets.showcases.heading";
    }

    @Override
    public List<ProjectLink> linksTo(UUID projectId, Locale locale) {
        return store.publishedOfProject(ProjectQueries.ref(projectId)).stream()
                .map(s -> new ProjectLink(s.ref(), s.title().in(locale), s.path(),
                        s.publishedAt() == null ? null : s.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate(), null))
                .toList();
    }
}
