package org.ansoplatform.annualreport.editions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.annualreport.AnnualReportChanged;
import org.ansoplatform.annualreport.EditionStatus;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.annualreport.render.FigureValue;
import org.ansoplatform.annualreport.render.FigureValues;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a figure of an edition counts: its value, name and definition, when it was computed or frozen and by which
 * decision, and its records as the reader may see them, 50 a page, with how many more were counted that the reader
 * may not see and how many no longer exist. A signed-in reader shown that private records were counted leaves an
 * audited trace. A draft is read by the Secretariat (and a submitted one by the Board) only; the public reads
 * published editions.
 */
@Service
@Transactional
public class FigureTraces {

    public static final int PAGE_SIZE = 50;

    private final EditionStore store;
    private final FrozenStore frozen;
    private final FigureValues values;
    private final Records records;
    // governance's decisions reach back into this module (a decision subject), so its queries are taken when needed
    private final org.springframework.beans.factory.ObjectProvider<SessionQueries> sessions;
    private final ApplicationEventPublisher events;

    FigureTraces(EditionStore store, FrozenStore frozen, FigureValues values, Records records, org.springframework.beans.factory.ObjectProvider<SessionQueries> sessions,
            ApplicationEventPublisher events) {
        this.store = store;
        this.frozen = frozen;
        this.values = values;
        this.records = records;
        this.sessions = sessions;
        this.events = events;
    }

    public record Trace(EditionView edition, FigureValue value, String decisionTitle, PageResult<RecordView> visible,
            long hidden, long gone) {
    }

    /** Whether the reader may read the edition at all: published for everyone, drafts for the Secretariat (and the Board). */
    public static boolean readable(EditionView edition, Reader reader) {
        return edition.status() == EditionStatus.PUBLISHED || reader.hasRole("SECRETARIAT")
                || (reader.hasRole("BOARD_MEMBER") && edition.status() != EditionStatus.DRAFT);
    }

    /** The trace, or empty when the edition, the reference or the figure is not one the reader may open. */
    public Optional<Trace> trace(int year, String written, UUID editionId, Reader reader, Actor actor, Locale locale, int page) {
        Optional<FigureRef> ref = FigureRef.parse(written);
        Optional<EditionView> edition = editionId != null ? store.find(editionId)
                : store.ofYear(year).stream().filter(e -> e.status() == EditionStatus.PUBLISHED).findFirst();
        if (ref.isEmpty() || edition.isEmpty() || edition.get().year() != year || !readable(edition.get(), reader)) {
            return Optional.empty();
        }
        EditionView e = edition.get();
        FigureValue value;
        List<RecordRef> counted;
        if (e.status().frozen()) {
            Map<FigureRef, FigureValue> all = values.frozen(e.id(), locale);
            value = all.get(ref.get());
            counted = value == null ? null : frozen.records(e.id(), ref.get().toString(), "").orElse(List.of());
            if (value == null && ref.get().part() != null) {
                FigureRef whole = new FigureRef(ref.get().key(), ref.get().scope(), null, false, ref.get().year());
                FigureValue of = all.get(whole);
                Optional<FigureValue.Part> part = of == null ? Optional.empty()
                        : of.parts().stream().filter(p -> p.code().equals(ref.get().part())).findFirst();
                if (part.isPresent()) {
                    counted = frozen.records(e.id(), whole.toString(), part.get().code()).orElse(List.of());
                    value = new FigureValue(ref.get(), of.year(), null, part.get().count(), part.get().amount(), of.currency(),
                            List.of(), of.asOf(), of.name() + " — " + part.get().name(), of.definition(), counted.size(), null);
                }
            }
        } else {
            FigureValues.Live live = values.live(Set.of(ref.get()), year, locale);
            value = live.values().get(ref.get());
            counted = live.resolved().get(ref.get()).records();
        }
        if (value == null || !value.ok()) {
            return Optional.empty();
        }
        List<RecordView> views = records.describe(counted, reader, locale);
        List<RecordView> visible = views.stream().filter(RecordView::visible).toList();
        long notVisible = views.size() - visible.size();
        long gone = 0;
        if (notVisible > 0) {
            gone = records.describe(views.stream().filter(v -> !v.visible()).map(RecordView::ref).toList(), Reader.system(), locale)
                    .stream().filter(v -> !v.visible()).count();
        }
        long hidden = notVisible - gone;
        if (hidden > 0 && reader.signedIn() && actor != null) {
            events.publishEvent(AnnualReportChanged.edition(actor, "annualreport.figure.hiddenCounted", e.id(),
                    ref.get() + ": " + hidden));
        }
        int from = Math.min(Math.max(0, page) * PAGE_SIZE, visible.size());
        int to = Math.min(from + PAGE_SIZE, visible.size());
        String decision = e.decisionId() == null ? null : sessions.getObject().decision(e.decisionId()).map(d -> d.sessionTitle()).orElse(null);
        return Optional.of(new Trace(e, value, decision, new PageResult<>(visible.subList(from, to), Math.max(0, page), PAGE_SIZE,
                visible.size()), hidden, gone));
    }
}
