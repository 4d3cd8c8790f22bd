package org.ansoplatform.finance.plans;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ansoplatform.finance.FinanceChanged;
import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionSubject;
import org.ansoplatform.governance.DecisionSubjectSource;
import org.ansoplatform.governance.DecisionTaken;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way a budget plan is approved: the Governing Board decides a PROPOSED plan in a session, governance
 * records the decision and calls {@link #apply} in its transaction. Adopted, the plan becomes APPROVED with the
 * decision and its day, and the year's plan approved before is SUPERSEDED; rejected, the plan is REJECTED; postponed,
 * it stays PROPOSED before the Board. A plan that is no longer PROPOSED refuses, which rolls the decision back.
 */
@Component
class PlanDecisions implements DecisionSubjectSource {

    private final BudgetPlanStore store;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    PlanDecisions(BudgetPlanStore store, MessageSource messages, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.messages = messages;
    }

    @Override
    public String module() {
        return BudgetPlanQueries.MODULE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecisionSubject> subjects(Locale locale) {
        return store.byStatus(List.of(PlanStatus.PROPOSED)).stream().map(plan -> subject(plan, locale)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DecisionSubject> subject(RecordRef ref, Locale locale) {
        if (!ref.is(BudgetPlanQueries.MODULE, BudgetPlanQueries.TYPE)) {
            return Optional.empty();
        }
        return store.find(ref.id()).filter(plan -> plan.status() == PlanStatus.PROPOSED).map(plan -> subject(plan, locale));
    }

    @Override
    @Transactional
    public void apply(RecordRef ref, DecisionTaken decision) {
        BudgetPlanView plan = ref.is(BudgetPlanQueries.MODULE, BudgetPlanQueries.TYPE) ? store.lock(ref.id()).orElse(null) : null;
        if (plan == null || plan.status() != PlanStatus.PROPOSED) {
            throw new InvalidInputException("subjectRef", "governance.error.recordNotOffered");
        }
        if (decision.body() != Body.BOARD) {
            throw new InvalidInputException("subjectRef", "governance.error.recordOtherBody", Body.BOARD.name());
        }
        if (decision.adopted() && plan.lines().isEmpty()) {
            // proposing asks for a line; this holds the Board's approval to it even if the lines went another way
            throw new InvalidInputException("subjectRef", "finance.plan.error.noLines");
        }
        if (decision.adopted()) {
            store.supersede(plan.year(), decision.actor().at());
            store.status(plan.id(), PlanStatus.APPROVED, decision.decisionId(), decision.date(), decision.actor().at());
            audit(decision, "finance.plan.approved", plan);
        } else if (decision.outcome() == Outcome.REJECTED) {
            store.status(plan.id(), PlanStatus.REJECTED, decision.decisionId(), decision.date(), decision.actor().at());
            audit(decision, "finance.plan.rejected", plan);
        }
    }

    private void audit(DecisionTaken decision, String action, BudgetPlanView plan) {
        events.publishEvent(new FinanceChanged(decision.actor(), action, FinanceChanged.PLAN, plan.id().toString(),
                plan.year() + ", decision " + decision.decisionId()));
    }

    private DecisionSubject subject(BudgetPlanView plan, Locale locale) {
        String title = messages.getMessage("finance.plan.subject", new Object[] {String.valueOf(plan.year()),
                Amounts.money(plan.total(), plan.currency(), locale)}, locale);
        return new DecisionSubject(plan.ref(), title, Set.of(Body.BOARD));
    }
}
