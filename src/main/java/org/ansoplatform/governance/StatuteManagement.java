package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.statutes.StatuteStore;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.governance.indexing.GovernanceRecords;
import org.ansoplatform.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Statutes: numbered versions, each complete (consolidated), with articles and sub-articles numbered like
 * 8 or 8.3. An amendment proposes a new text for one article of the version in force; the Board endorses it
 * and the Assembly adopts it (both through decisions), which produces the next version. Proposing against,
 * or adopting on top of, a version that is no longer in force is refused.
 */
@Service
@Transactional
public class StatuteManagement {

    private final StatuteStore store;
    private final StatuteQueries queries;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    StatuteManagement(StatuteStore store, StatuteQueries queries, CurrentActor currentActor, ApplicationEventPublisher events) {
        this.store = store;
        this.queries = queries;
        this.currentActor = currentActor;
        this.events = events;
    }

    /** Proposes a new text for one article (an existing number or a new one) of the version in force. */
    public UUID propose(AmendmentCommand command) {
        Actor actor = currentActor.get();
        VersionView current = queries.current().orElseThrow(() -> new NotFoundException("statute version"));
        List<Violation> violations = new ArrayList<>();
        if (command.baseVersion() != null && command.baseVersion() != current.number()) {
            violations.add(new Violation("baseVersion", "governance.error.supersededVersion", command.baseVersion(),
                    current.number()));
        }
        String number = TextInput.trim(command.articleNumber());
        if (number == null) {
            violations.add(new Violation("articleNumber", "validation.required"));
        } else if (!number.matches("\\d{1,3}(\\.\\d{1,3}){0,2}")) {
            violations.add(new Violation("articleNumber", "governance.error.articleNumber"));
        }
        String body = TextInput.check(command.body(), "body", 20_000, true, violations);
        String heading = TextInput.checkLine(command.heading(), "heading", 300, false, violations);
        String rationale = TextInput.check(command.rationale(), "rationale", 4000, false, violations);
        if (violations.isEmpty()) {
            Optional<ArticleView> existing = queries.article(current.number(), number);
            if (existing.isPresent() && existing.get().body().equals(body) && Objects.equals(existing.get().heading(), heading)) {
                violations.add(new Violation("body", "governance.error.unchanged"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = UUID.randomUUID();
        store.insertAmendment(id, current.id(), new ArticleView(number, StatuteQueries.sortKey(number), heading, body),
                rationale, actor.personId(), actor.at());
        events.publishEvent(new AmendmentProposed(id, number, actor));
        events.publishEvent(new RecordChanged(GovernanceRecords.amendment(id)));
        return id;
    }

    /** Applies a Board endorsement or an Assembly adoption (or a rejection) to the amendment it names. */
    void apply(DecisionView decision, Actor actor) {
        AmendmentView amendment = (decision.subjectId() == null ? Optional.<AmendmentView>empty()
                : store.amendmentLocked(decision.subjectId()))
                .orElseThrow(() -> new InvalidInputException("subjectId", "governance.error.unknownAmendment"));
        if (decision.outcome() == Outcome.POSTPONED) {
            return;
        }
        // rejected, endorsed or adopted: the amendment's page says which
        events.publishEvent(new RecordChanged(GovernanceRecords.amendment(amendment.id())));
        AmendmentState expected = decision.body() == Body.BOARD ? AmendmentState.PROPOSED : AmendmentState.ENDORSED;
        if (amendment.state() != expected) {
            throw new InvalidInputException("subjectId",
                    decision.body() == Body.BOARD ? "governance.error.amendmentState" : "governance.error.amendmentNotEndorsed",
                    amendment.state().name());
        }
        if (!decision.outcome().adopted()) {
            store.rejectAmendment(amendment.id());
            return;
        }
        if (decision.body() == Body.BOARD) {
            store.endorseAmendment(amendment.id(), decision.id());
            return;
        }
        VersionView current = store.currentLocked().orElseThrow(); // one new version at a time
        if (!current.id().equals(amendment.baseVersionId())) {
            throw new InvalidInputException("subjectId", "governance.error.supersededVersion", amendment.baseVersion(),
                    current.number());
        }
        UUID next = UUID.randomUUID();
        int number = current.number() + 1;
        store.insertVersion(next, number, decision.date(), decision.id(), "Article " + amendment.articleNumber());
        store.copyArticles(current.id(), next);
        if (queries.article(current.number(), amendment.articleNumber()).isPresent()) {
            store.updateArticle(next, amendment.articleNumber(), amendment.heading(), amendment.body());
        } else {
            store.insertArticle(next, new ArticleView(amendment.articleNumber(), StatuteQueries.sortKey(amendment.articleNumber()),
                    amendment.heading(), amendment.body()));
        }
        store.adoptAmendment(amendment.id(), decision.id(), next);
        events.publishEvent(new AmendmentAdopted(amendment.id(), next, number, amendment.articleNumber(), decision.id(), actor));
        events.publishEvent(new RecordChanged(GovernanceRecords.article(amendment.articleNumber())));
    }

    /** Creates a version with its articles (the demo text, or the first version of a new installation). */
    public UUID createVersion(int number, LocalDate effectiveFrom, String note, List<ArticleView> articles) {
        // the articles of the version it replaces too, so that search drops one the new version no longer has
        java.util.Set<String> changed = new java.util.TreeSet<>();
        queries.current().ifPresent(current -> queries.articles(current.number()).forEach(a -> changed.add(a.number())));
        articles.forEach(a -> changed.add(a.number()));
        changed.forEach(article -> events.publishEvent(new RecordChanged(GovernanceRecords.article(article))));
        UUID id = UUID.randomUUID();
        store.insertVersion(id, number, effectiveFrom, null, note);
        articles.forEach(a -> store.insertArticle(id, new ArticleView(a.number(), StatuteQueries.sortKey(a.number()),
                a.heading(), a.body())));
        return id;
    }
}
