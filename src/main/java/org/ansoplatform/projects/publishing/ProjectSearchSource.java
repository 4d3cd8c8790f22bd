package org.ansoplatform.projects.publishing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects as search finds them: a published project by everyone, linking to its public page; an unpublished one
 * by the Secretariat and its own team. Titles in every language the project has; the text in each language is the
 * summary with the acronym, the code and the partners' names (so a search for an institution finds its
 * projects); the partners' and public outputs' countries are the country facet, the start year the year.
 * Re-indexed on {@code shared.RecordChanged}, which the module publishes when a project changes.
 */
@Component
@Transactional(readOnly = true)
class ProjectSearchSource implements SearchSource {

    private final PublicProjectQueries queries;

    ProjectSearchSource(PublicProjectQueries queries) {
        this.queries = queries;
    }

    @Override
    public String module() {
        return ProjectRecords.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(ProjectRecords.PROJECT);
    }

    @Override
    public Stream<SearchDocument> documents() {
        return queries.ids(PublicProjectQueries.Filter.none()).stream()
                .map(queries::byId).flatMap(Optional::stream).map(this::document);
    }

    @Override
    public Optional<SearchDocument> document(RecordRef ref) {
        return ref.is(module(), ProjectRecords.PROJECT) ? queries.byId(ref.id()).map(this::document) : Optional.empty();
    }

    SearchDocument document(PublicProject project) {
        String extra = Stream.concat(Stream.of(project.acronym(), project.code()),
                project.partners().stream().map(PublicProject.Partner::name)).collect(Collectors.joining("\n"));
        Map<String, String> text = new LinkedHashMap<>();
        Set<String> languages = new LinkedHashSet<>(project.title().values().keySet());
        languages.addAll(project.summary().values().keySet());
        for (String language : languages) {
            text.put(language, (project.summary().get(language) + "\n" + extra).strip());
        }
        Set<String> countries = new LinkedHashSet<>(project.countries());
        queries.outputs(project.id(), false).forEach(output -> countries.addAll(output.countries()));
        Set<String> audience = new LinkedHashSet<>();
        if (project.published()) {
            audience.add(Reader.PUBLIC);
        } else {
            audience.add(Reader.roleToken(PublicProjectQueries.SECRETARIAT));
            queries.teamAccounts(project.id()).forEach(person -> audience.add(Reader.personToken(person)));
        }
        return new SearchDocument(ProjectFigures.project(project.id()), project.title(), LocalizedText.of(text),
                ProjectAddresses.page(project.id()), project.startDate().getYear(), countries, audience,
                project.updatedAt());
    }
}
