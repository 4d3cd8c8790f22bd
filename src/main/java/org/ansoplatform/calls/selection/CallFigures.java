package org.ansoplatform.calls.selection;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureScope;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.Programmes;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls module's figures of a year: the published calls whose deadline fell in the year (UTC) and what became of
 * their applications, read from the same funnel as the call's statistics ({@link SelectionStatistics}): submitted
 * (withdrawn later included), eligible, selected in the latest run, awardees (an offer accepted or enrolled), nominated
 * and nominated then selected. Names and definitions are the messages {@code figure.calls.*}.
 *
 * <p>Scopes (docs/figures-scopes.md): {@code call=CODE} gives that call's figures whatever year is asked, a call
 * being its own year; {@code programme=CODE} the programme's calls whose deadline fell in the year.
 */
@Component
class CallFigures implements FigureSource {

    static final String MODULE = "calls";
    static final String CALL = "call";
    static final String PROGRAMME = "programme";

    private final CallQueries calls;
    private final SelectionQueries queries;
    private final SelectionStore store;
    private final Programmes programmes;
    private final Clock clock;

    CallFigures(CallQueries calls, SelectionQueries queries, SelectionStore store, Programmes programmes, Clock clock) {
        this.calls = calls;
        this.queries = queries;
        this.store = store;
        this.programmes = programmes;
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
        return RecordRef.of(MODULE, CALL, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(int year) {
        return tally(ofYear(year));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<Figure>> figures(int year, FigureScope scope) {
        return switch (scope.kind()) {
            case CALL -> calls.byCode(scope.value()).filter(CallView::published).map(call -> tally(List.of(call)));
            case PROGRAMME -> programmes.byCode(scope.value()).map(programme -> tally(ofYear(year).stream()
                    .filter(call -> programme.code().equals(call.definition().programmeCode())).toList()));
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> scopeKinds() {
        return List.of(CALL, PROGRAMME);
    }

    /** The year's calls, then their programmes, each named in every language. */
    @Override
    @Transactional(readOnly = true)
    public List<FigureScope.Choice> scopes(int year) {
        List<FigureScope.Choice> choices = new ArrayList<>();
        Map<String, FigureScope.Choice> byProgramme = new LinkedHashMap<>();
        for (CallView call : ofYear(year)) {
            if (FigureScope.valid(CALL, call.definition().code())) {
                choices.add(new FigureScope.Choice(new FigureScope(CALL, call.definition().code()), call.definition().title()));
            }
            String programme = call.definition().programmeCode();
            if (programme != null && FigureScope.valid(PROGRAMME, programme)) {
                byProgramme.putIfAbsent(programme, new FigureScope.Choice(new FigureScope(PROGRAMME, programme), call.programmeName()));
            }
        }
        choices.addAll(byProgramme.values());
        return choices;
    }

    private List<CallView> ofYear(int year) {
        return calls.published().stream()
                .filter(call -> call.definition().closesAt().atZone(ZoneOffset.UTC).getYear() == year).toList();
    }

    private List<Figure> tally(List<CallView> counted) {
        return CallFiguresTally.figures(counted, call -> queries.funnel(call.id(), store.latestRunId(call.id()).orElse(null)),
                clock.instant());
    }
}
