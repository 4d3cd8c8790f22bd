package org.ansoplatform.organizations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * The directory's figures: members and partners by country on the last day of the year, read from the status
 * history (decision in architecture.md), so a later change of status does not rewrite a past year.
 */
@Component
class OrganizationFigures implements FigureSource {

    static final String MODULE = "organizations";
    static final String TYPE = "organization";

    private final OrganizationFigureQueries queries;
    private final Clock clock;

    OrganizationFigures(OrganizationFigureQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<Figure> figures(int year) {
        Instant asOf = clock.instant();
        List<OrganizationFigureQueries.Standing> standing = queries.standingOn(LocalDate.of(year, 12, 31));
        return List.of(byCountry("organizations.members", OrganizationStatus.MEMBER, standing, asOf),
                byCountry("organizations.partners", OrganizationStatus.PARTNER, standing, asOf));
    }

    private static Figure byCountry(String key, OrganizationStatus status, List<OrganizationFigureQueries.Standing> standing,
            Instant asOf) {
        Map<String, List<RecordRef>> countries = standing.stream().filter(s -> s.status() == status)
                .collect(Collectors.groupingBy(OrganizationFigureQueries.Standing::country, TreeMap::new,
                        Collectors.mapping(s -> RecordRef.of(MODULE, TYPE, s.id()), Collectors.toList())));
        return Figure.breakdown(key, countries.entrySet().stream()
                .map(country -> Figure.Part.country(country.getKey(), country.getValue())).toList(), asOf);
    }
}
