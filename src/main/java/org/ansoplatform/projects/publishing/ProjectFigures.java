package org.ansoplatform.projects.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.ansoplatform.platform.Languages;
import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureScope;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.Programmes;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The projects' yearly figures (UTC calendar year): projects started, active and completed by country and by
 * goal, outputs by kind, trainees by country, beneficiaries and countries reached, each with the records it counts
 * (decision in architecture.md). A project counts in every country of its partners and under every goal it
 * names, so a breakdown's parts add up to more than its total. Scopes (docs/figures-scopes.md): {@code project=CODE}
 * and {@code programme=CODE} narrow every figure to the project's (the programme's projects') records of the year.
 */
@Component
class ProjectFigures implements FigureSource {

    private final ProjectFigureQueries queries;
    private final MessageSource messages;
    private final Languages languages;
    private final Programmes programmes;
    private final Clock clock;

    ProjectFigures(ProjectFigureQueries queries, MessageSource messages, Languages languages, Programmes programmes, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.languages = languages;
        this.programmes = programmes;
        this.clock = clock;
    }

    static final String PROJECT_SCOPE = "project";
    static final String PROGRAMME_SCOPE = "programme";

    @Override
    public Optional<List<Figure>> figures(int year, FigureScope scope) {
        return switch (scope.kind()) {
            case PROJECT_SCOPE -> Optional.of(queries.coded(scope.value(), null)).filter(coded -> !coded.isEmpty())
                    .map(coded -> figures(year, ids(coded)::contains));
            case PROGRAMME_SCOPE -> programmes.byCode(scope.value())
                    .map(programme -> figures(year, ids(queries.coded(null, programme.code()))::contains));
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> scopeKinds() {
        return List.of(PROJECT_SCOPE, PROGRAMME_SCOPE);
    }

    /** The projects running in the year by code, then their programmes. */
    @Override
    public List<FigureScope.Choice> scopes(int year) {
        Set<UUID> running = queries.running(year).stream().map(ProjectFigureQueries.Running::id).collect(Collectors.toSet());
        List<FigureScope.Choice> choices = new ArrayList<>();
        Map<String, FigureScope.Choice> byProgramme = new TreeMap<>();
        for (ProjectFigureQueries.Coded project : queries.coded(null, null)) {
            if (!running.contains(project.id())) {
                continue;
            }
            if (FigureScope.valid(PROJECT_SCOPE, project.code())) {
                choices.add(new FigureScope.Choice(new FigureScope(PROJECT_SCOPE, project.code()), project.title()));
            }
            if (project.programme() != null && FigureScope.valid(PROGRAMME_SCOPE, project.programme())) {
                programmes.byCode(project.programme()).ifPresent(programme -> byProgramme.putIfAbsent(programme.code(),
                        new FigureScope.Choice(new FigureScope(PROGRAMME_SCOPE, programme.code()), programme.name())));
            }
        }
        choices.addAll(byProgramme.values());
        return choices;
    }

    private static Set<UUID> ids(List<ProjectFigureQueries.Coded> coded) {
        return coded.stream().map(ProjectFigureQueries.Coded::id).collect(Collectors.toSet());
    }

    @Override
    public String module() {
        return ProjectRecords.MODULE;
    }

    @Override
    public List<Figure> figures(int year) {
        return figures(year, project -> true);
    }

    /** The year’s figures counting only the projects {@code kept} keeps (and their outputs). */
    private List<Figure> figures(int year, Predicate<UUID> kept) {
        Instant asOf = clock.instant();
        Instant first = FigureSource.startOf(year);
        List<ProjectFigureQueries.Running> running = queries.running(year).stream().filter(p -> kept.test(p.id())).toList();
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
        List<ProjectFigureQueries.Produced> produced = queries.produced(year).stream().filter(o -> kept.test(o.projectId())).toList();
        figures.add(outputsByKind(produced, asOf));
        figures.add(trainees(queries.trained(year).stream().filter(t -> kept.test(t.projectId())).toList(), asOf));
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
