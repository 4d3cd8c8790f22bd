package org.ansoplatform.partnerships.agreements;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionSubject;
import org.ansoplatform.governance.DecisionSubjectSource;
import org.ansoplatform.governance.DecisionTaken;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers the open agreements of the kinds the Governing Board endorses as subjects of a Board decision, and applies
 * the decision in its own transaction: adopted, the agreement is approved with the decision named; rejected, it is
 * rejected; postponed, it stays before the Board. This is the only way such an agreement is approved.
 */
@Component
class AgreementDecisions implements DecisionSubjectSource {

    private final AgreementStore store;
    private final AgreementQueries queries;
    private final AgreementManagement management;
    private final MessageSource messages;

    AgreementDecisions(AgreementStore store, AgreementQueries queries, AgreementManagement management, MessageSource messages) {
        this.store = store;
        this.queries = queries;
        this.management = management;
        this.messages = messages;
    }

    @Override
    public String module() {
        return AgreementQueries.MODULE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecisionSubject> subjects(Locale locale) {
        return queries.all(null).stream().filter(AgreementState::decidable).map(a -> subject(a, locale)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DecisionSubject> subject(RecordRef ref, Locale locale) {
        if (!ref.is(AgreementQueries.MODULE, AgreementQueries.TYPE)) {
            return Optional.empty();
        }
        return queries.byId(ref.id()).filter(AgreementState::decidable).map(a -> subject(a, locale));
    }

    @Override
    @Transactional
    public void apply(RecordRef ref, DecisionTaken decision) {
        AgreementView agreement = ref.is(AgreementQueries.MODULE, AgreementQueries.TYPE) && store.lock(ref.id())
                ? queries.byId(ref.id()).filter(AgreementState::decidable).orElse(null) : null;
        if (agreement == null) {
            throw new InvalidInputException("subjectRef", "governance.error.recordNotOffered");
        }
        if (decision.body() != Body.BOARD) {
            throw new InvalidInputException("subjectRef", "governance.error.recordOtherBody", Body.BOARD.name());
        }
        if (decision.adopted()) {
            store.approved(agreement.id(), decision.date(), decision.decisionId(), decision.date());
            management.move(agreement, "endorsed", AgreementStatus.APPROVED, decision.date(),
                    "decision " + decision.decisionId(), decision.actor());
        } else if (decision.outcome() == Outcome.REJECTED) {
            store.approved(agreement.id(), null, decision.decisionId(), decision.date());
            management.move(agreement, "rejected", AgreementStatus.REJECTED, decision.date(),
                    "decision " + decision.decisionId(), decision.actor());
        }
    }

    private DecisionSubject subject(AgreementView agreement, Locale locale) {
        String title = messages.getMessage("partnerships.agreement.subject", new Object[] {
                messages.getMessage("partnerships.kind." + agreement.kind().name(), null, locale), agreement.title(locale)}, locale);
        return new DecisionSubject(agreement.ref(), title, Set.of(Body.BOARD));
    }
}
