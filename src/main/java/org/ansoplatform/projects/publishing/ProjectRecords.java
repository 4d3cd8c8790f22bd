package org.ansoplatform.projects.publishing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * Projects, their outputs and reports as links for any module (figures, identifiers, search's hits). A project is
 * seen as its page allows: published by anyone, otherwise by the Secretariat and its own team; an output or a
 * report by anyone when it is public and its project published (a link to its place on the project page), and
 * always by the Secretariat (a link to the project's Secretariat page). A project is listed with its first day and
 * code, an output with its day (or its period's end) and its project's code.
 */
@Component
class ProjectRecords implements RecordSource {

    static final String MODULE = "projects";
    static final String PROJECT = "project";
    static final String OUTPUT = "output";
    static final String REPORT = "report";

    private final ProjectFigureQueries queries;

    ProjectRecords(ProjectFigureQueries queries) {
        this.queries = queries;
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(PROJECT, OUTPUT, REPORT);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new HashMap<>();
        boolean secretariat = reader.hasRole(PublicProjectQueries.SECRETARIAT);
        List<ProjectFigureQueries.Title> projects = queries.projects(ids(refs, PROJECT));
        Map<UUID, List<UUID>> teams = reader.signedIn() && !secretariat
                ? queries.teams(projects.stream().filter(p -> !p.published()).map(ProjectFigureQueries.Title::id).toList())
                : Map.of();
        for (ProjectFigureQueries.Title project : projects) {
            RecordRef ref = RecordRef.of(MODULE, PROJECT, project.id());
            boolean team = reader.signedIn() && teams.getOrDefault(project.id(), List.of()).contains(reader.personId());
            views.put(ref, listed(project.published() || team
                    ? RecordView.of(ref, project.title().in(locale), ProjectAddresses.page(project.id()))
                    : secretariat ? RecordView.of(ref, project.title().in(locale), ProjectAddresses.secretariatPage(project.id()))
                    : RecordView.hidden(ref), project));
        }
        describePart(views, queries.outputs(ids(refs, OUTPUT)), OUTPUT, secretariat, locale);
        describePart(views, queries.reports(ids(refs, REPORT)), REPORT, secretariat, locale);
        return views;
    }

    private void describePart(Map<RecordRef, RecordView> views, List<ProjectFigureQueries.Title> titles, String type,
            boolean secretariat, Locale locale) {
        for (ProjectFigureQueries.Title title : titles) {
            RecordRef ref = RecordRef.of(MODULE, type, title.id());
            if (title.published() && title.projectPublished()) {
                views.put(ref, listed(RecordView.of(ref, title.title().in(locale),
                        ProjectAddresses.page(title.projectId()) + "#" + type + "-" + title.id()), title));
            } else {
                views.put(ref, listed(secretariat ? RecordView.of(ref, title.title().in(locale),
                        ProjectAddresses.secretariatPage(title.projectId())) : RecordView.hidden(ref), title));
            }
        }
    }

    /** The day, the project's code and the illustrative mark, for a reader who may see the record. */
    private static RecordView listed(RecordView view, ProjectFigureQueries.Title title) {
        return view.visible() ? view.dated(title.date(), title.code()).illustrative(title.illustrative()) : view;
    }

    private List<UUID> ids(Collection<RecordRef> refs, String type) {
        return refs.stream().filter(ref -> ref.is(MODULE, type)).map(RecordRef::id).distinct().toList();
    }
}
