package org.ansoplatform.calls.selection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;

/**
 * The calls' figures over a set of calls (a year's, a programme's, one call's), read from the funnel of each. Every
 * track of the calls is a part of the track breakdowns even when nothing is counted in it yet, so that a report's
 * {@code calls.awardees@call=…[PHD]} names a value in a draft written before the awards.
 */
final class CallFiguresTally {

    private final List<RecordRef> applications = new ArrayList<>();
    private final List<RecordRef> eligible = new ArrayList<>();
    private final List<RecordRef> selected = new ArrayList<>();
    private final List<RecordRef> awardees = new ArrayList<>();
    private final List<RecordRef> nominated = new ArrayList<>();
    private final List<RecordRef> nominatedSelected = new ArrayList<>();
    private final Map<String, List<RecordRef>> byCountry = new TreeMap<>();
    private final Map<String, LocalizedText> trackNames = new LinkedHashMap<>();
    private final Map<String, Map<String, List<RecordRef>>> byTrack = new LinkedHashMap<>();

    private CallFiguresTally() {
    }

    static List<Figure> figures(List<CallView> calls, Function<CallView, List<SelectionQueries.FunnelLine>> funnel, Instant asOf) {
        CallFiguresTally tally = new CallFiguresTally();
        calls.forEach(call -> call.definition().tracks().forEach(track -> tally.trackNames.putIfAbsent(track.code(), track.name())));
        for (CallView call : calls) {
            funnel.apply(call).forEach(tally::add);
        }
        String module = CallFigures.MODULE;
        List<Figure.Part> countries = tally.byCountry.entrySet().stream()
                .map(entry -> Figure.Part.country(entry.getKey(), entry.getValue())).toList();
        List<RecordRef> withCountry = countries.stream().flatMap(part -> part.records().stream()).toList();
        return List.of(
                Figure.count(module + ".calls", calls.stream().map(call -> CallFigures.call(call.id())).toList(), asOf),
                tally.byTrack(module + ".applications", tally.applications, asOf),
                new Figure(module + ".countries", countries.size(), null, null, countries, asOf, withCountry),
                tally.byTrack(module + ".eligible", tally.eligible, asOf),
                tally.byTrack(module + ".selected", tally.selected, asOf),
                tally.byTrack(module + ".awardees", tally.awardees, asOf),
                Figure.count(module + ".nominations", tally.nominated, asOf),
                Figure.count(module + ".nominationsSelected", tally.nominatedSelected, asOf));
    }

    private void add(SelectionQueries.FunnelLine line) {
        RecordRef ref = CallFigures.application(line.id());
        count(".applications", applications, line, ref);
        if (line.country() != null && !line.country().isBlank()) {
            byCountry.computeIfAbsent(line.country().strip(), country -> new ArrayList<>()).add(ref);
        }
        if (line.eligible()) {
            count(".eligible", eligible, line, ref);
        }
        boolean chosen = line.outcome() == Decision.Outcome.SELECTED;
        if (chosen) {
            count(".selected", selected, line, ref);
        }
        if (line.offer() == OfferStatus.ACCEPTED || line.offer() == OfferStatus.ENROLLED) {
            count(".awardees", awardees, line, ref);
        }
        if (line.organization() != null) {
            nominated.add(ref);
            if (chosen) {
                nominatedSelected.add(ref);
            }
        }
    }

    private void count(String figure, List<RecordRef> all, SelectionQueries.FunnelLine line, RecordRef ref) {
        all.add(ref);
        if (line.track() != null) {
            byTrack.computeIfAbsent(figure, any -> new LinkedHashMap<>()).computeIfAbsent(line.track(), any -> new ArrayList<>()).add(ref);
        }
    }

    /** The figure with a part per track of the calls (at 0 where none is counted), and one per unknown track code. */
    private Figure byTrack(String key, List<RecordRef> all, Instant asOf) {
        Map<String, List<RecordRef>> counted = byTrack.getOrDefault(key.substring(CallFigures.MODULE.length()), Map.of());
        List<Figure.Part> parts = new ArrayList<>();
        trackNames.forEach((code, name) -> parts.add(Figure.Part.named(code, name, counted.getOrDefault(code, List.of()))));
        counted.forEach((code, refs) -> {
            if (!trackNames.containsKey(code)) {
                parts.add(Figure.Part.named(code, null, refs));
            }
        });
        return new Figure(key, all.size(), null, null, parts, asOf, all);
    }
}
