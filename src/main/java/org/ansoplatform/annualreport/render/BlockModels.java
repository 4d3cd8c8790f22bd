package org.ansoplatform.annualreport.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.ansoplatform.annualreport.AnnualReportPaths;
import org.ansoplatform.annualreport.BlockKind;
import org.ansoplatform.annualreport.BlockSpec;
import org.ansoplatform.annualreport.EditionContent;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.annualreport.charts.ChartSpec;
import org.ansoplatform.annualreport.text.Placeholders;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * One block of an edition resolved for a language and a reader (docs/annual-report.md, "Blocks"): text with each
 * figure as a link, figure lists, tables, charts and record lists. A figure that names nothing is shown as unknown,
 * never blank; one with nothing recorded says so for the year; a block whose figures are all empty says "No records
 * for YEAR" instead of zeros.
 */
@Component
class BlockModels {

    /** The most records a list shows; the traceability page pages through the rest. */
    static final int RECORD_LIST_LIMIT = 500;

    record Context(EditionView edition, Locale locale, Reader reader, Map<FigureRef, FigureValue> values,
            Function<FigureRef, List<RecordRef>> records) {
    }

    private final Records records;
    private final MessageSource messages;

    BlockModels(Records records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    EditionModel.Block block(EditionContent.BlockView block, EditionContent content, Context c) {
        BlockSpec spec = BlockSpec.read(block.spec());
        String note = spec.noteIn(c.locale());
        String noRecords = message("annualreport.block.noRecords", c, String.valueOf(c.edition().year()));
        return switch (block.kind()) {
            case TEXT -> new EditionModel.Block(block.id(), block.kind(),
                    Placeholders.html(FigureValues.text(block.texts(), c.locale()), piece -> figureHtml(piece, c)),
                    List.of(), null, List.of(), null, note);
            case FIGURES -> {
                List<EditionModel.FigureLine> lines = spec.figures().stream().map(text -> line(text, c, 0)).toList();
                boolean empty = lines.stream().allMatch(l -> l.problem() == null && isEmpty(l.ref(), c));
                yield new EditionModel.Block(block.id(), block.kind(), null, lines, null, List.of(), empty ? noRecords : null, note);
            }
            case TABLE, CHART -> {
                EditionModel.FigureLine line = line(spec.figure(), c, spec.limitOr());
                boolean empty = line.problem() == null && (isEmpty(line.ref(), c) || line.parts().isEmpty());
                ChartSpec chart = block.kind() == BlockKind.CHART && !empty && line.problem() == null
                        ? chart(c.values().get(FigureRef.parse(spec.figure()).orElseThrow()), line, spec, c.locale()) : null;
                yield new EditionModel.Block(block.id(), block.kind(), null, List.of(line), chart, List.of(),
                        empty ? noRecords : null, note);
            }
            case RECORD_LIST -> {
                // one list of the records of every figure named, by date: the year's meetings of some kinds and the
                // Board's sessions make the report's list of meetings
                List<String> written = spec.refTexts();
                List<EditionModel.FigureLine> lines = written.stream().map(text -> line(text, c, 0)).toList();
                List<EditionModel.RecordLine> list = recordLines(written.stream()
                        .filter(text -> lines.get(written.indexOf(text)).problem() == null).toList(), c);
                boolean known = lines.stream().allMatch(l -> l.problem() == null);
                yield new EditionModel.Block(block.id(), block.kind(), null, lines, null, list,
                        known && list.isEmpty() ? noRecords : null, note);
            }
            case GLOSSARY -> new EditionModel.Block(block.id(), block.kind(), null, List.of(), null, List.of(),
                    content.glossary().isEmpty() ? message("annualreport.glossary.empty", c) : null, note);
        };
    }

    private boolean isEmpty(String ref, Context c) {
        return FigureRef.parse(ref).map(c.values()::get).map(FigureValue::empty).orElse(false);
    }

    private EditionModel.FigureLine line(String written, Context c, int partLimit) {
        Optional<FigureRef> ref = FigureRef.parse(written);
        FigureValue value = ref.map(c.values()::get).orElse(null);
        if (value == null || !value.ok()) {
            return new EditionModel.FigureLine(Objects.toString(written, ""), value == null ? written : value.name(), "",
                    message("annualreport.figure.unknown", c, "{" + written + "}"), null, null, false, List.of(),
                    value == null ? "MALFORMED" : value.problem());
        }
        int year = c.edition().year();
        List<EditionModel.PartLine> parts = new ArrayList<>();
        for (FigureValue.Part part : value.parts()) {
            if (partLimit > 0 && parts.size() >= partLimit) {
                break;
            }
            FigureRef partRef = new FigureRef(value.ref().key(), value.ref().scope(), part.code(), false, value.ref().year());
            parts.add(new EditionModel.PartLine(part.code(), part.name(), value.formatted(part, c.locale()), part.count(),
                    AnnualReportPaths.figure(year, partRef.toString(), c.edition().id())));
        }
        String shown = value.empty() ? message("annualreport.figure.notRecorded", c, String.valueOf(value.year())) : value.formatted(c.locale());
        return new EditionModel.FigureLine(value.ref().toString(), value.name(), value.definition(), shown,
                AnnualReportPaths.figure(year, value.ref().toString(), c.edition().id()), value.asOf(), value.illustrative(),
                parts, null);
    }

    private String figureHtml(Placeholders.Piece piece, Context c) {
        FigureValue value = piece.ref().map(c.values()::get).orElse(null);
        if (value == null || !value.ok()) {
            return "<span class=\"figure-unknown\">" + escape(message("annualreport.figure.unknown", c, "{" + piece.text() + "}"))
                    + "</span>";
        }
        if (value.empty()) {
            return "<span class=\"figure-empty\">" + escape(message("annualreport.figure.notRecorded", c, String.valueOf(value.year()))) + "</span>";
        }
        String title = value.definition() == null || value.definition().isBlank() ? value.name()
                : value.name() + ": " + value.definition();
        return "<a class=\"figure\" href=\"" + escape(AnnualReportPaths.figure(c.edition().year(), value.ref().toString(),
                c.edition().id())) + "\" title=\"" + escape(title) + "\">" + escape(value.formatted(c.locale())) + "</a>";
    }

    private List<EditionModel.RecordLine> recordLines(List<String> written, Context c) {
        List<RecordRef> refs = written.stream().map(text -> FigureRef.parse(text).orElseThrow())
                .flatMap(ref -> c.records().apply(ref).stream()).distinct().toList();
        if (refs.size() > RECORD_LIST_LIMIT * 4) {
            refs = refs.subList(0, RECORD_LIST_LIMIT * 4);
        }
        return records.describe(refs, c.reader(), c.locale()).stream().filter(RecordView::visible)
                .sorted(Comparator.comparing(RecordView::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(v -> Objects.toString(v.title(), "")))
                .limit(RECORD_LIST_LIMIT)
                .map(v -> new EditionModel.RecordLine(v.date(), v.title(), v.detail(), v.path(), v.illustrative())).toList();
    }

    /** The parts drawn, largest first, as many as the table shows; sums by their amount, counts by their count. */
    private static ChartSpec chart(FigureValue value, EditionModel.FigureLine line, BlockSpec spec, Locale locale) {
        ChartSpec.Type type = java.util.Arrays.stream(ChartSpec.Type.values()).filter(t -> t.name().equalsIgnoreCase(spec.chart()))
                .findFirst().orElse(ChartSpec.Type.BAR);
        return new ChartSpec(type, line.name(), line.definition(), value.parts().stream().limit(spec.limitOr())
                .map(p -> new ChartSpec.Bar(p.name(), p.amount() != null ? p.amount().doubleValue() : p.count(),
                        value.formatted(p, locale))).toList());
    }

    private String message(String key, Context c, Object... args) {
        return messages.getMessage(key, args, c.locale());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
