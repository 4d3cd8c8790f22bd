package org.ansoplatform.partnerships.technology.indexing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The platform's yearly figures: offers and requests first published in the year by sector (an item with two sectors
 * counts in both parts, once in the total), introductions both sides agreed to, deals signed by kind.
 */
@Component
public class TechnologyFigures {

    private final TechnologyFigureQueries queries;
    private final Languages languages;
    private final MessageSource messages;
    private final Clock clock;

    TechnologyFigures(TechnologyFigureQueries queries, Languages languages, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.languages = languages;
        this.messages = messages;
        this.clock = clock;
    }

    public List<Figure> figures(int year) {
        Instant asOf = clock.instant();
        List<Figure> figures = new ArrayList<>();
        figures.add(published("partnerships.offersPublished", TechnologyKind.OFFER, year, asOf));
        figures.add(published("partnerships.requestsPublished", TechnologyKind.REQUEST, year, asOf));
        figures.add(Figure.count("partnerships.introductions",
                queries.introduced(year).stream().map(IntroductionManagement::ref).toList(), asOf));
        Map<AgreementKind, List<RecordRef>> deals = new LinkedHashMap<>();
        queries.deals(year).forEach(d -> deals.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(IntroductionManagement.ref(d.id())));
        figures.add(Figure.breakdown("partnerships.deals", deals.entrySet().stream().map(e -> Figure.Part.named(e.getKey().name(),
                languages.message(messages, "technology.dealKind." + e.getKey().name()), e.getValue())).toList(), asOf));
        return figures;
    }

    private Figure published(String key, TechnologyKind kind, int year, Instant asOf) {
        List<TechnologyFigureQueries.Published> items = queries.published(kind, year);
        List<Figure.Part> parts = new ArrayList<>();
        for (TechnologySector sector : TechnologySector.values()) {
            List<RecordRef> refs = items.stream().filter(i -> i.sectors().contains(sector.name()))
                    .map(i -> TechnologyOfferManagement.ref(kind, i.id())).toList();
            if (!refs.isEmpty()) {
                parts.add(Figure.Part.named(sector.name(), languages.message(messages, "technology.sector." + sector.name()), refs));
            }
        }
        List<RecordRef> all = items.stream().map(i -> TechnologyOfferManagement.ref(kind, i.id())).toList();
        return new Figure(key, all.size(), null, null, parts, asOf, all);
    }
}
