package org.ansoplatform.finance.plans;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Budget plans as finance staff, the Secretariat and the Board read them. */
@Service
@Transactional(readOnly = true)
public class BudgetPlanQueries {

    public static final String MODULE = "finance";
    public static final String TYPE = "budget-plan";

    private final BudgetPlanStore store;

    BudgetPlanQueries(BudgetPlanStore store) {
        this.store = store;
    }

    public static RecordRef ref(UUID id) {
        return RecordRef.of(MODULE, TYPE, id);
    }

    /** Every plan, latest year first, each year's newest first. */
    public List<BudgetPlanView> all() {
        return store.all();
    }

    public Optional<BudgetPlanView> plan(UUID id) {
        return id == null ? Optional.empty() : store.find(id);
    }

    public List<BudgetPlanView> plans(Collection<UUID> ids) {
        return store.byIds(ids);
    }

    /** The plans before the Board now. */
    public List<BudgetPlanView> proposed() {
        return store.byStatus(List.of(PlanStatus.PROPOSED));
    }
}
