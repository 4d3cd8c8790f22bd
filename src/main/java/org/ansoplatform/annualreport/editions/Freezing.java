package org.ansoplatform.annualreport.editions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.annualreport.AnnualReportChanged;
import org.ansoplatform.annualreport.EditionContent;
import org.ansoplatform.annualreport.EditionFrozen;
import org.ansoplatform.annualreport.EditionStatus;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.annualreport.charts.ChartSvg;
import org.ansoplatform.annualreport.render.EditionModel;
import org.ansoplatform.annualreport.render.EditionModels;
import org.ansoplatform.annualreport.render.FigureValues;
import org.ansoplatform.annualreport.render.SectionsHtml;
import org.ansoplatform.annualreport.text.EditionRefs;
import org.ansoplatform.annualreport.text.FigureCheck;
import org.ansoplatform.figures.FigureFormat;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.governance.DecisionTaken;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.JsonTexts;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureScope;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Freezes an edition inside the Board's decision transaction: every figure it names computed once as the system
 * (which sees everything), stored with the records it counted, its names and definitions in every language and how
 * many counted records are illustrative; then the pages in every language rendered from those stored figures (for a
 * visitor: no private record's title is stored) and the charts drawn; then FROZEN with the decision. Refused, which
 * rolls the decision back, while any figure names nothing.
 */
@Component
class Freezing {

    private final EditionStore store;
    private final FrozenStore frozen;
    private final FigureQueries figures;
    private final FigureValues values;
    private final FigureCheck check;
    private final EditionModels models;
    private final SectionsHtml sections;
    private final ChartSvg charts;
    private final Records records;
    private final Languages languages;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Freezing(EditionStore store, FrozenStore frozen, FigureQueries figures, FigureValues values, FigureCheck check,
            EditionModels models, SectionsHtml sections, ChartSvg charts, Records records, Languages languages,
            MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.frozen = frozen;
        this.figures = figures;
        this.values = values;
        this.check = check;
        this.models = models;
        this.sections = sections;
        this.charts = charts;
        this.records = records;
        this.languages = languages;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    void freeze(EditionView edition, DecisionTaken decision) {
        EditionContent content = store.content(edition.id()).orElseThrow();
        List<FigureCheck.Bad> bad = check.texts(EditionRefs.written(content), edition.year());
        if (!bad.isEmpty()) {
            throw new InvalidInputException("subjectRef", "annualreport.error.unknownFigures",
                    String.join("; ", bad.stream().map(FigureCheck.Bad::written).distinct().toList()));
        }
        Set<FigureRef> refs = EditionRefs.of(content);
        Map<FigureRef, FigureQueries.Resolved> resolved = refs.isEmpty() ? Map.of() : figures.resolve(refs, edition.year());
        Map<String, List<FigureScope.Choice>> scopes = values.scopesOf(resolved.values());
        // every counted record described once, as the system, however many figures count it
        Set<org.ansoplatform.shared.RecordRef> counted = new java.util.LinkedHashSet<>();
        resolved.values().forEach(r -> counted.addAll(r.records()));
        Set<org.ansoplatform.shared.RecordRef> illustrative = new java.util.HashSet<>();
        records.describe(counted, Reader.system(), Locale.ENGLISH).stream().filter(RecordView::illustrative)
                .forEach(view -> illustrative.add(view.ref()));
        for (FigureQueries.Resolved r : resolved.values()) {
            store(edition, r, scopes, illustrative);
        }
        Instant at = clock.instant();
        EditionView as = new EditionView(edition.id(), edition.year(), edition.number(), EditionStatus.FROZEN,
                edition.illustrative(), edition.languages(), decision.decisionId(), decision.date(), at, null, at);
        for (Locale locale : languages.locales()) {
            EditionModel model = models.frozen(content, as, locale, Reader.anonymous());
            frozen.insertPage(edition.id(), locale.getLanguage(), sections.html(model), JsonTexts.write(toc(model.sections())));
            for (EditionModel.Block block : blocks(model.sections())) {
                if (block.chart() != null) {
                    frozen.insertChart(edition.id(), block.id(), locale.getLanguage(), charts.web(block.chart(), locale),
                            charts.print(block.chart(), locale));
                }
            }
        }
        store.frozen(edition.id(), decision.decisionId(), decision.date(), at);
        events.publishEvent(new EditionFrozen(edition.id(), edition.year(), decision.decisionId()));
        events.publishEvent(AnnualReportChanged.edition(decision.actor(), "annualreport.edition.frozen", edition.id(),
                edition.year() + ", decision " + decision.decisionId()));
    }

    private void store(EditionView edition, FigureQueries.Resolved r, Map<String, List<FigureScope.Choice>> scopes,
            Set<org.ansoplatform.shared.RecordRef> illustrativeRecords) {
        FigureRef ref = r.ref();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        for (Locale locale : languages.locales()) {
            names.put(locale.getLanguage(), values.name(r, locale, scopes));
            definitions.put(locale.getLanguage(), FigureFormat.definition(ref.key(), messages, locale));
        }
        boolean whole = ref.part() == null && !ref.countParts();
        List<FrozenFigure.Part> parts = new ArrayList<>();
        if (whole) {
            for (Figure.Part part : r.figure().parts()) {
                Map<String, String> labels = new LinkedHashMap<>();
                languages.locales().forEach(locale -> labels.put(locale.getLanguage(), FigureFormat.partName(part, messages, locale)));
                parts.add(new FrozenFigure.Part(part.code(), part.kind().name(), labels, part.count(), part.amount()));
                frozen.insertRecords(edition.id(), ref.toString(), part.code(), part.records());
            }
        }
        int illustrative = (int) r.records().stream().filter(illustrativeRecords::contains).count();
        frozen.insertFigure(edition.id(), new FrozenFigure(ref.toString(), ref.key(), ref.scope() == null ? null : ref.scope().toString(),
                ref.part(), r.year(), r.value(), r.amount(), r.amount() == null ? null : r.figure().currency(), parts,
                r.figure().asOf(), names, definitions, illustrative, null, r.records().size()));
        frozen.insertRecords(edition.id(), ref.toString(), "", r.records());
    }

    private static List<Map<String, String>> toc(List<EditionModel.Section> sections) {
        List<Map<String, String>> toc = new ArrayList<>();
        for (EditionModel.Section section : sections) {
            toc.add(Map.of("number", section.number(), "title", section.title(), "anchor", section.anchor()));
            toc.addAll(toc(section.children()));
        }
        return toc;
    }

    private static List<EditionModel.Block> blocks(List<EditionModel.Section> sections) {
        List<EditionModel.Block> blocks = new ArrayList<>();
        for (EditionModel.Section section : sections) {
            blocks.addAll(section.blocks());
            blocks.addAll(blocks(section.children()));
        }
        return blocks;
    }
}
