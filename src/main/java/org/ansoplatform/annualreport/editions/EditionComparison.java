package org.ansoplatform.annualreport.editions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.annualreport.render.FigureValue;
import org.ansoplatform.annualreport.render.FigureValues;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A frozen edition against what its figures are now (the year's live draft counts the same way) or against a later
 * frozen edition: per figure, the value before and after, and the records that entered or left what it counts,
 * described for the reader (the ones they may not see only counted).
 */
@Service
@Transactional(readOnly = true)
public class EditionComparison {

    /** The most records listed per side and figure. */
    static final int LISTED = 50;

    private final EditionStore store;
    private final FrozenStore frozen;
    private final FigureValues values;
    private final Records records;

    EditionComparison(EditionStore store, FrozenStore frozen, FigureValues values, Records records) {
        this.store = store;
        this.frozen = frozen;
        this.values = values;
        this.records = records;
    }

    public record Row(String ref, String name, String before, String after, boolean changed, List<RecordView> entered,
            long enteredHidden, List<RecordView> left, long leftHidden) {
    }

    /** {@code to} null: the figures as they are now. */
    public record Comparison(EditionView from, EditionView to, List<Row> rows) {

        public List<Row> changed() {
            return rows.stream().filter(Row::changed).toList();
        }
    }

    public Comparison compare(UUID fromId, UUID toId, Reader reader, Locale locale) {
        EditionView from = store.find(fromId).orElseThrow(() -> new NotFoundException("edition " + fromId));
        if (!from.status().frozen()) {
            throw new InvalidInputException("edition", "annualreport.error.notFrozen");
        }
        EditionView to = toId == null ? null : store.find(toId).filter(e -> e.status().frozen() && e.year() == from.year())
                .orElseThrow(() -> new InvalidInputException("to", "annualreport.error.notFrozen"));
        Map<FigureRef, FigureValue> before = values.frozen(from.id(), locale);
        Map<FigureRef, FigureValue> after;
        FigureValues.Live live = null;
        if (to == null) {
            live = values.live(before.keySet(), from.year(), locale);
            after = live.values();
        } else {
            after = values.frozen(to.id(), locale);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<FigureRef, FigureValue> entry : before.entrySet()) {
            FigureRef ref = entry.getKey();
            FigureValue was = entry.getValue();
            FigureValue now = after.get(ref);
            Set<RecordRef> then = new LinkedHashSet<>(frozen.records(from.id(), ref.toString(), "").orElse(List.of()));
            Set<RecordRef> current = new LinkedHashSet<>(to == null ? live.resolved().get(ref).records()
                    : frozen.records(to.id(), ref.toString(), "").orElse(List.of()));
            Set<RecordRef> entered = new LinkedHashSet<>(current);
            entered.removeAll(then);
            Set<RecordRef> left = new LinkedHashSet<>(then);
            left.removeAll(current);
            String shownBefore = was.formatted(locale);
            String shownAfter = now == null || !now.ok() ? "—" : now.formatted(locale);
            List<RecordView> in = records.describe(entered, reader, locale);
            List<RecordView> out = records.describe(left, reader, locale);
            rows.add(new Row(ref.toString(), was.name(), shownBefore, shownAfter,
                    !Objects.equals(shownBefore, shownAfter) || !entered.isEmpty() || !left.isEmpty(),
                    in.stream().filter(RecordView::visible).limit(LISTED).toList(), in.stream().filter(v -> !v.visible()).count(),
                    out.stream().filter(RecordView::visible).limit(LISTED).toList(), out.stream().filter(v -> !v.visible()).count()));
        }
        return new Comparison(from, to, rows);
    }
}
