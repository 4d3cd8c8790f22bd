package org.ansoplatform.finance.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * Finance's yearly figures, in the base currency: the year's expenditure by programme (the ledger lines dated in the
 * year, reversals included; each line a record), the year's budget by programme (the approved plan, its record), and
 * the endowments' principal and income received up to the year's end. Funds are not records, so the endowment's
 * figures count none.
 */
@Component
class FinanceFigures implements FigureSource {

    static final String MODULE = "finance";

    private final FinanceFigureQueries queries;
    private final ProgrammeQueries programmes;
    private final FinanceSettings settings;
    private final Clock clock;

    FinanceFigures(FinanceFigureQueries queries, ProgrammeQueries programmes, FinanceSettings settings, Clock clock) {
        this.queries = queries;
        this.programmes = programmes;
        this.settings = settings;
        this.clock = clock;
    }

    static RecordRef ledgerLine(UUID id) {
        return RecordRef.of(MODULE, "ledger-line", id);
    }

    static RecordRef plan(UUID id) {
        return RecordRef.of(MODULE, "budget-plan", id);
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<Figure> figures(int year) {
        Instant asOf = clock.instant();
        String currency = settings.baseCurrency();
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        programmes.all().forEach(p -> names.put(p.code(), p.name()));
        List<Figure> figures = new ArrayList<>();

        List<FinanceFigureQueries.Spent> spent = queries.spent(year);
        Map<String, List<FinanceFigureQueries.Spent>> byProgramme = ordered(spent, FinanceFigureQueries.Spent::programme, names);
        List<Figure.Part> spentParts = byProgramme.entrySet().stream().map(e -> Figure.Part.amount(e.getKey(),
                name(names, e.getKey()), e.getValue().stream().map(FinanceFigureQueries.Spent::baseAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
                e.getValue().stream().map(s -> ledgerLine(s.id())).toList())).toList();
        figures.add(new Figure("finance.expenditure", spent.size(), sum(spent.stream().map(FinanceFigureQueries.Spent::baseAmount)),
                currency, spentParts, asOf, spent.stream().map(s -> ledgerLine(s.id())).toList()));

        List<RecordRef> plan = queries.approvedPlanId(year).map(id -> List.of(plan(id))).orElse(List.of());
        List<FinanceFigureQueries.PlanLine> lines = queries.approvedPlan(year);
        Map<String, List<FinanceFigureQueries.PlanLine>> planned = ordered(lines, FinanceFigureQueries.PlanLine::programme, names);
        List<Figure.Part> planParts = planned.entrySet().stream().map(e -> Figure.Part.amount(e.getKey(), name(names, e.getKey()),
                sum(e.getValue().stream().map(FinanceFigureQueries.PlanLine::amount)), plan)).toList();
        figures.add(new Figure("finance.budget", plan.size(), sum(lines.stream().map(FinanceFigureQueries.PlanLine::amount)),
                currency, planParts, asOf, plan));

        FinanceFigureQueries.Endowment endowment = queries.endowment(year);
        figures.add(Figure.amount("finance.endowmentPrincipal", endowment.principal(), currency, List.of(), asOf));
        figures.add(Figure.amount("finance.endowmentIncome", endowment.income(), currency, List.of(), asOf));
        return figures;
    }

    /** Grouped by programme in the programmes' order; codes calls does not know come last. */
    private static <T> Map<String, List<T>> ordered(List<T> items, Function<T, String> programme, Map<String, LocalizedText> names) {
        Map<String, List<T>> grouped = items.stream().collect(Collectors.groupingBy(programme, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<T>> result = new LinkedHashMap<>();
        names.keySet().stream().filter(grouped::containsKey).forEach(code -> result.put(code, grouped.get(code)));
        grouped.forEach(result::putIfAbsent);
        return result;
    }

    private static LocalizedText name(Map<String, LocalizedText> names, String code) {
        return names.getOrDefault(code, LocalizedText.of(Map.of("en", code)));
    }

    private static BigDecimal sum(java.util.stream.Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
