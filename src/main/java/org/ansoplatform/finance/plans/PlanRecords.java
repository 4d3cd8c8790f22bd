package org.ansoplatform.finance.plans;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Budget plans as links for any module (a Board decision about a plan, figures): titled with the year and status for
 * finance staff, the Secretariat and the Board, who read finance; hidden from everyone else, as finance is not public.
 */
@Component
class PlanRecords implements RecordSource {

    static final Set<String> READERS = Set.of("FINANCE", "SECRETARIAT", "BOARD_MEMBER");

    private final BudgetPlanStore store;
    private final MessageSource messages;

    PlanRecords(BudgetPlanStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public String module() {
        return BudgetPlanQueries.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(BudgetPlanQueries.TYPE);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        List<UUID> ids = refs.stream().filter(ref -> ref.is(BudgetPlanQueries.MODULE, BudgetPlanQueries.TYPE))
                .map(RecordRef::id).distinct().toList();
        boolean reads = reader.everything() || READERS.stream().anyMatch(reader::hasRole);
        Map<RecordRef, RecordView> views = new HashMap<>();
        for (BudgetPlanView plan : store.byIds(ids)) {
            views.put(plan.ref(), reads ? RecordView.of(plan.ref(), messages.getMessage("finance.plan.recordTitle",
                    new Object[] {String.valueOf(plan.year()), messages.getMessage("finance.plan.status." + plan.status(), null, locale)},
                    locale), "/finance/plans/" + plan.id()).dated(plan.decidedOn(), null).illustrative(plan.illustrative())
                    : RecordView.hidden(plan.ref()));
        }
        return views;
    }
}
