package org.ansoplatform.review.reviewing;

import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.review.ReviewAccessRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Records a conflicted reviewer's attempt in a transaction of its own, since the refused request rolls back. */
@Component
class AccessRefusals {

    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final TransactionTemplate separately;

    AccessRefusals(ApplicationEventPublisher events, CurrentActor actor, PlatformTransactionManager transactions) {
        this.events = events;
        this.actor = actor;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(UUID panelId, UUID subjectId, String what) {
        var who = actor.get();
        separately.executeWithoutResult(status -> events.publishEvent(new ReviewAccessRefused(panelId, subjectId, what, who)));
    }
}
