package org.ansoplatform.projects.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.ansoplatform.platform.Languages;
import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The projects' yearly figures (UTC calendar year): projects started, active and completed by country and by
 * goal, outputs by kind, trainees by country, beneficiaries and countries reached, each with the records it counts
 * (decision in architecture.md). A project counts in every country of its partners and under every goal it
 * names, so a breakdown's parts add up to more than its total.
 */
@Component
class ProjectFigures implements FigureSource {

    private final ProjectFigureQueries queries;
    private final MessageSource messages;
    private final Languages languages;
    private final Clock clock;

    ProjectFigures(ProjectFigureQueries queries, MessageSource messages, Languages languages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.languages = languages;
        this.clock = clock;
    }

    @Override
    public String module() {
        return ProjectRecords.MODULE;
    }

    @Override
    public List<Figure> figures(int year) {
        Instant asOf = clock.instant();
        Instant first = FigureSource.startOf(year);
        List<ProjectFigureQueries.Running> running = queries.running(year);
        List<ProjectFigureQueries.Running> started = running.stream().filter(p -> p.start().getYear() == year).toList();
        List<ProjectFigureQueries.Running> active = running.stream()
                .filter(p -> !(p.status() == ProjectStatus.TERMINATED && p.terminatedAt() != null && p.terminatedAt().isBefore(first)))
                .toList();
        List<ProjectFigureQueries.Running> completed = running.stream()
                .filter(p -> p.status() == ProjectStatus.COMPLETED && p.end().getYear() == year).toList();
        List<Figure> figures = new ArrayList<>();
        addProjects(figures, "projects.started", started, asOf);
        addProjects(figures, "projects.active", active, asOf);
        addProjects(figures, "projects.completed", completed, asOf);
        List<ProjectFigureQueries.Produced> produced = queries.produced(year);
        figures.add(outputsByKind(produced, asOf));
        figures.add(trainees(queries.trained(year), asOf));
        List<RecordRef> counted = produced.stream().filter(o -> o.beneficiaries() != null).map(o -> output(o.id())).toList();
        long people = produced.stream().filter(o -> o.beneficiaries() != null).mapToLong(o -> o.beneficiaries()).sum();
        figures.add(Figure.count("projects.beneficiaries", people, counted, asOf));
        List<Figure.Part> reached = partsByCountry(produced, ProjectFigureQueries.Produced::countries, o -> output(o.id()));
        figures.add(new Figure("projects.countriesReached", reached.size(), null, null, reached, asOf,
                reached.stream().flatMap(part -> part.records().stream()).distinct().toList()));
        return figures;
    }

    /** The projects by country under {@code key} and by goal under {@code keyBySdg}. */
    private void addProjects(List<Figure> figures, String key, List<ProjectFigureQueries.Running> counted, Instant asOf) {
        figures.add(projects(key, counted, byCountry(counted), asOf));
        figures.add(projects(key + "BySdg", counted, bySdg(counted), asOf));
    }

    private static Figure projects(String key, List<ProjectFigureQueries.Running> counted, List<Figure.Part> parts, Instant asOf) {
        List<RecordRef> records = counted.stream().map(p -> project(p.id())).toList();
        return new Figure(key, records.size(), null, null, parts, asOf, records);
    }

    private static List<Figure.Part> byCountry(List<ProjectFigureQueries.Running> projects) {
        return partsByCountry(projects, ProjectFigureQueries.Running::countries, p -> project(p.id()));
    }

    private List<Figure.Part> bySdg(List<ProjectFigureQueries.Running> projects) {
        Map<Integer, List<RecordRef>> goals = new TreeMap<>();
        projects.forEach(p -> p.sdgs().forEach(sdg -> goals.computeIfAbsent(sdg, k -> new ArrayList<>()).add(project(p.id()))));
        return goals.entrySet().stream().map(goal -> Figure.Part.named(String.valueOf(goal.getKey()),
                languages.message(messages, "projects.figure.sdg", goal.getKey()), goal.getValue())).toList();
    }

    private Figure outputsByKind(List<ProjectFigureQueries.Produced> produced, Instant asOf) {
        Map<OutputKind, List<RecordRef>> kinds = new EnumMap<>(OutputKind.class);
        produced.forEach(o -> kinds.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(output(o.id())));
        List<Figure.Part> parts = kinds.entrySet().stream().map(kind -> Figure.Part.named(kind.getKey().name(),
                languages.message(messages, "projects.figure.kind." + kind.getKey().name()), kind.getValue())).toList();
        return Figure.breakdown("projects.outputs", parts, asOf);
    }

    /** People trained, by country: each part counts people, and its records are the outputs that trained them. */
    private static Figure trainees(List<ProjectFigureQueries.Trained> trained, Instant asOf) {
        Map<String, List<ProjectFigureQueries.Trained>> countries = new TreeMap<>();
        trained.forEach(t -> countries.computeIfAbsent(t.country(), k -> new ArrayList<>()).add(t));
        List<Figure.Part> parts = countries.entrySet().stream().map(country -> new Figure.Part(Figure.Part.Kind.COUNTRY,
                country.getKey(), null, country.getValue().stream().mapToLong(ProjectFigureQueries.Trained::count).sum(),
                country.getValue().stream().map(t -> output(t.outputId())).distinct().toList())).toList();
        long people = trained.stream().mapToLong(ProjectFigureQueries.Trained::count).sum();
        return new Figure("projects.trainees", people, null, null, parts, asOf,
                trained.stream().map(t -> output(t.outputId())).distinct().toList());
    }

    private static <T> List<Figure.Part> partsByCountry(List<T> items, Function<T, List<String>> countries,
            Function<T, RecordRef> ref) {
        Map<String, List<RecordRef>> byCountry = new TreeMap<>();
        items.forEach(item -> countries.apply(item).forEach(country ->
                byCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(ref.apply(item))));
        return byCountry.entrySet().stream().map(c -> Figure.Part.country(c.getKey(), c.getValue())).toList();
    }

    static RecordRef project(java.util.UUID id) {
        return RecordRef.of(ProjectRecords.MODULE, ProjectRecords.PROJECT, id);
    }

    static RecordRef output(java.util.UUID id) {
        return RecordRef.of(ProjectRecords.MODULE, ProjectRecords.OUTPUT, id);
    }
}
