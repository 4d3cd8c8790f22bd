package org.ansoplatform.identifiers.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.springframework.stereotype.Component;

/**
 * The year's DOIs, counted by the records they identify (so each figure opens those records through their own
 * modules): DOIs created, local drafts included, and DOIs DataCite registered. Years are UTC years.
 */
@Component
class IdentifierFigures implements FigureSource {

    private final DoiRegistrationStore store;
    private final Clock clock;

    IdentifierFigures(DoiRegistrationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String module() {
        return "identifiers";
    }

    @Override
    public List<Figure> figures(int year) {
        Instant from = FigureSource.startOf(year);
        Instant to = FigureSource.startOf(year + 1);
        Instant asOf = clock.instant();
        return List.of(Figure.count("identifiers.reserved", store.reservedBetween(from, to), asOf),
                Figure.count("identifiers.registered", store.registeredBetween(from, to), asOf));
    }
}
