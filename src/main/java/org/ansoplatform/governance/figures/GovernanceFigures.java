package org.ansoplatform.governance.figures;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ansoplatform.governance.Body;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Governance's figures: sessions held and decisions taken by body, applications endorsed by the Board and approved
 * by the Assembly, each of the year; associations approved by the end of the year (cumulative) and in it
 * (decision in architecture.md); applications endorsed up to the end of the year and the Board's seats held on its
 * last day, by the member organizations' countries (docs/figures-scopes.md).
 */
@Component
class GovernanceFigures implements FigureSource {

    static final String MODULE = "governance";
    static final String SESSION = "session";
    static final String DECISION = "decision";
    static final String APPLICATION = "application";
    static final String ASSOCIATION = "association";
    static final String SEAT = "seat";

    private final GovernanceFigureQueries queries;
    private final MessageSource messages;
    private final Languages languages;
    private final OrganizationQueries organizations;
    private final Clock clock;

    GovernanceFigures(GovernanceFigureQueries queries, MessageSource messages, Languages languages,
            OrganizationQueries organizations, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.languages = languages;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<Figure> figures(int year) {
        Instant asOf = clock.instant();
        List<GovernanceFigureQueries.ApprovedAssociation> associations = queries.approvedAssociations();
        return List.of(
                Figure.breakdown("governance.sessions", byBody(queries.sessionsHeld(year), SESSION), asOf),
                Figure.breakdown("governance.decisions", byBody(queries.decisions(year), DECISION), asOf),
                Figure.count("governance.applicationsEndorsed", refs(queries.applications(year, false), APPLICATION), asOf),
                Figure.count("governance.applicationsEndorsedCumulative", refs(queries.endorsedUpTo(year), APPLICATION), asOf),
                Figure.count("governance.applicationsApproved", refs(queries.applications(year, true), APPLICATION), asOf),
                Figure.count("governance.associations", refs(associations.stream().filter(a -> a.year() <= year)
                        .map(GovernanceFigureQueries.ApprovedAssociation::id).toList(), ASSOCIATION), asOf),
                Figure.count("governance.associationsApproved", refs(associations.stream()
                        .filter(a -> a.byDecision() && a.year() == year)
                        .map(GovernanceFigureQueries.ApprovedAssociation::id).toList(), ASSOCIATION), asOf),
                boardSeats(year, asOf));
    }

    /** The Board's seats on 31 December, a part per country of the organizations holding them (unknown: blank code). */
    private Figure boardSeats(int year, Instant asOf) {
        Map<String, List<RecordRef>> countries = new TreeMap<>();
        for (GovernanceFigureQueries.Held seat : queries.seatsHeld(Body.BOARD, year)) {
            String country = organizations.byId(seat.organizationId()).map(OrganizationView::country)
                    .map(String::strip).orElse("");
            countries.computeIfAbsent(country, any -> new ArrayList<>()).add(RecordRef.of(MODULE, SEAT, seat.id()));
        }
        return Figure.breakdown("governance.boardSeats", countries.entrySet().stream()
                .map(country -> Figure.Part.country(country.getKey(), country.getValue())).toList(), asOf);
    }

    private List<Figure.Part> byBody(List<GovernanceFigureQueries.Counted> counted, String type) {
        Map<Body, List<RecordRef>> bodies = counted.stream().collect(Collectors.groupingBy(
                GovernanceFigureQueries.Counted::body, () -> new EnumMap<>(Body.class),
                Collectors.mapping(c -> RecordRef.of(MODULE, type, c.id()), Collectors.toList())));
        return bodies.entrySet().stream()
                .map(body -> Figure.Part.named(body.getKey().name(), label("governance.body." + body.getKey().name()),
                        body.getValue()))
                .toList();
    }

    private static List<RecordRef> refs(List<java.util.UUID> ids, String type) {
        return ids.stream().map(id -> RecordRef.of(MODULE, type, id)).toList();
    }

    /** A body's name in every configured language, as the figure's part carries it. */
    private LocalizedText label(String key) {
        return languages.message(messages, key);
    }
}
