package org.ansoplatform.finance.ledger;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.shared.Programme;
import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * Ledger lines as records ({@code finance:ledger-line:<id>}) for figures and any module that names one: titled by
 * date, programme and amount, and seen only by those who read finance (finance staff, the Secretariat, the Board).
 */
@Component
class LedgerRecords implements RecordSource {

    public static final String MODULE = "finance";
    public static final String LINE = "ledger-line";
    static final List<String> READERS = List.of("FINANCE", "SECRETARIAT", "BOARD_MEMBER");

    private final LedgerQueries queries;
    private final ProgrammeQueries programmes;

    LedgerRecords(LedgerQueries queries, ProgrammeQueries programmes) {
        this.queries = queries;
        this.programmes = programmes;
    }

    static RecordRef ref(UUID id) {
        return RecordRef.of(MODULE, LINE, id);
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(LINE);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        List<UUID> ids = refs.stream().filter(ref -> ref.is(MODULE, LINE)).map(RecordRef::id).distinct().toList();
        boolean reads = reader.everything() || READERS.stream().anyMatch(reader::hasRole);
        Map<String, Programme> byCode = new HashMap<>();
        programmes.all().forEach(p -> byCode.put(p.code(), p));
        Map<RecordRef, RecordView> views = new HashMap<>();
        for (LedgerLine line : queries.lines(ids)) {
            RecordRef ref = ref(line.id());
            if (!reads) {
                views.put(ref, RecordView.hidden(ref));
                continue;
            }
            Programme programme = byCode.get(line.programme());
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(4);
            String title = line.date() + " · " + (programme == null ? line.programme() : programme.name().in(locale))
                    + " · " + format.format(line.amount()) + " " + line.currency();
            views.put(ref, RecordView.of(ref, title, "/finance/ledger/" + line.id()).illustrative(line.illustrative()));
        }
        return views;
    }
}
