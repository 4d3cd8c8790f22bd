package org.ansoplatform.annualreport.editions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ansoplatform.annualreport.AnnualReportChanged;
import org.ansoplatform.annualreport.AnnualReportPaths;
import org.ansoplatform.annualreport.EditionStatus;
import org.ansoplatform.annualreport.EditionView;
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
 * The only way an edition is frozen: the Governing Board decides a SUBMITTED edition in a session and governance
 * calls {@link #apply} in the decision's transaction. Adopted, the edition is frozen there and then ({@link Freezing});
 * rejected, it goes back to DRAFT for the Secretariat; postponed, it stays before the Board. An edition that is no
 * longer SUBMITTED refuses, which rolls the decision back.
 */
@Component
class EditionDecisions implements DecisionSubjectSource {

    private final EditionStore store;
    private final Freezing freezing;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    EditionDecisions(EditionStore store, Freezing freezing, MessageSource messages, ApplicationEventPublisher events) {
        this.store = store;
        this.freezing = freezing;
        this.messages = messages;
        this.events = events;
    }

    @Override
    public String module() {
        return AnnualReportPaths.MODULE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecisionSubject> subjects(Locale locale) {
        return store.all().stream().filter(e -> e.status() == EditionStatus.SUBMITTED).map(e -> subject(e, locale)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DecisionSubject> subject(RecordRef ref, Locale locale) {
        if (!ref.is(AnnualReportPaths.MODULE, AnnualReportPaths.EDITION)) {
            return Optional.empty();
        }
        return store.find(ref.id()).filter(e -> e.status() == EditionStatus.SUBMITTED).map(e -> subject(e, locale));
    }

    @Override
    @Transactional
    public void apply(RecordRef ref, DecisionTaken decision) {
        EditionView edition = ref.is(AnnualReportPaths.MODULE, AnnualReportPaths.EDITION) ? store.lock(ref.id()).orElse(null) : null;
        if (edition == null || edition.status() != EditionStatus.SUBMITTED) {
            throw new InvalidInputException("subjectRef", "governance.error.recordNotOffered");
        }
        if (decision.body() != Body.BOARD) {
            throw new InvalidInputException("subjectRef", "governance.error.recordOtherBody", Body.BOARD.name());
        }
        if (decision.adopted()) {
            freezing.freeze(edition, decision);
        } else if (decision.outcome() == Outcome.REJECTED) {
            store.status(edition.id(), EditionStatus.DRAFT, decision.actor().at());
            events.publishEvent(AnnualReportChanged.edition(decision.actor(), "annualreport.edition.rejected", edition.id(),
                    edition.year() + ", decision " + decision.decisionId()));
        }
    }

    private DecisionSubject subject(EditionView edition, Locale locale) {
        String title = messages.getMessage("annualreport.subject", new Object[] {String.valueOf(edition.year()),
                String.valueOf(edition.number())}, locale);
        return new DecisionSubject(AnnualReportPaths.edition(edition.id()), title, Set.of(Body.BOARD));
    }
}
