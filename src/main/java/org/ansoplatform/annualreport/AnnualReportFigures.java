package org.ansoplatform.annualreport;

import java.time.Clock;
import java.util.List;

import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * The report's own figure, as every module offers its own: the editions the Governing Board approved in the year (by
 * the day of its decision), so that a later report can say which reports were approved when.
 */
@Component
class AnnualReportFigures implements FigureSource {

    private final AnnualReportQueries queries;
    private final Clock clock;

    AnnualReportFigures(AnnualReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public String module() {
        return AnnualReportPaths.MODULE;
    }

    @Override
    public List<Figure> figures(int year) {
        List<RecordRef> approved = queries.editions().stream()
                .filter(edition -> edition.status().frozen() && edition.decidedOn() != null && edition.decidedOn().getYear() == year)
                .map(edition -> AnnualReportPaths.edition(edition.id())).toList();
        return List.of(Figure.count("annualreport.editionsApproved", approved, clock.instant()));
    }
}
