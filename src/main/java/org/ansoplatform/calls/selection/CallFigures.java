package org.ansoplatform.calls.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls module's figures of a year: the published calls whose deadline fell in the year (UTC) and what became of
 * their applications, read from the same funnel as the call's statistics ({@link SelectionStatistics}): submitted
 * (withdrawn later included), eligible, selected in the latest run, awardees (an offer accepted or enrolled), nominated
 * and nominated then selected. Names and definitions are the messages {@code figure.calls.*}.
 */
@Component
class CallFigures implements FigureSource {

    static final String MODULE = "calls";

    private final CallQueries calls;
    private final SelectionQueries queries;
    private final SelectionStore store;
    private final Clock clock;

    CallFigures(CallQueries calls, SelectionQueries queries, SelectionStore store, Clock clock) {
        this.calls = calls;
        this.queries = queries;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String module() {
        return MODULE;
    }

    static RecordRef application(UUID id) {
        return RecordRef.of(MODULE, "application", id);
    }

    static RecordRef call(UUID id) {
        return RecordRef.of(MODULE, "call", id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(int year) {
        Instant asOf = clock.instant();
        List<CallView> ofYear = calls.published().stream()
                .filter(call -> call.definition().closesAt().atZone(ZoneOffset.UTC).getYear() == year).toList();
        List<RecordRef> applications = new ArrayList<>();
        List<RecordRef> eligible = new ArrayList<>();
        List<RecordRef> selected = new ArrayList<>();
        List<RecordRef> nominated = new ArrayList<>();
        List<RecordRef> nominatedSelected = new ArrayList<>();
        Map<String, List<RecordRef>> byCountry = new TreeMap<>();
        Map<String, List<RecordRef>> awardeesByTrack = new LinkedHashMap<>();
        Map<String, LocalizedText> trackNames = new LinkedHashMap<>();
        for (CallView call : ofYear) {
            call.definition().tracks().forEach(track -> trackNames.putIfAbsent(track.code(), track.name()));
            UUID runId = store.latestRunId(call.id()).orElse(null);
            for (SelectionQueries.FunnelLine line : queries.funnel(call.id(), runId)) {
                RecordRef ref = application(line.id());
                applications.add(ref);
                if (line.country() != null && !line.country().isBlank()) {
                    byCountry.computeIfAbsent(line.country(), country -> new ArrayList<>()).add(ref);
                }
                if (line.eligible()) {
                    eligible.add(ref);
                }
                boolean chosen = line.outcome() == Decision.Outcome.SELECTED;
                if (chosen) {
                    selected.add(ref);
                }
                if (line.offer() == OfferStatus.ACCEPTED || line.offer() == OfferStatus.ENROLLED) {
                    awardeesByTrack.computeIfAbsent(line.track() == null ? "" : line.track(), track -> new ArrayList<>()).add(ref);
                }
                if (line.organization() != null) {
                    nominated.add(ref);
                    if (chosen) {
                        nominatedSelected.add(ref);
                    }
                }
            }
        }
        List<Figure.Part> countries = byCountry.entrySet().stream()
                .map(entry -> Figure.Part.country(entry.getKey(), entry.getValue())).toList();
        List<Figure.Part> tracks = awardeesByTrack.entrySet().stream()
                .map(entry -> Figure.Part.named(entry.getKey(), trackNames.get(entry.getKey()), entry.getValue())).toList();
        List<RecordRef> withCountry = countries.stream().flatMap(part -> part.records().stream()).toList();
        List<RecordRef> awardees = tracks.stream().flatMap(part -> part.records().stream()).toList();
        return List.of(
                Figure.count(MODULE + ".calls", ofYear.stream().map(call -> call(call.id())).toList(), asOf),
                Figure.count(MODULE + ".applications", applications, asOf),
                new Figure(MODULE + ".countries", countries.size(), null, null, countries, asOf, withCountry),
                Figure.count(MODULE + ".eligible", eligible, asOf),
                Figure.count(MODULE + ".selected", selected, asOf),
                new Figure(MODULE + ".awardees", awardees.size(), null, null, tracks, asOf, awardees),
                Figure.count(MODULE + ".nominations", nominated, asOf),
                Figure.count(MODULE + ".nominationsSelected", nominatedSelected, asOf));
    }
}
