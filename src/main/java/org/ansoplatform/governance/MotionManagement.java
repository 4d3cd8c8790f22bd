package org.ansoplatform.governance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.governance.voting.MotionStore;
import org.ansoplatform.governance.voting.PollCore;
import org.ansoplatform.governance.voting.PollKind;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.platform.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Motions put to the vote of the Board or the Assembly. One vote per entitled member organization, cast by
 * its delegate, or by the delegate of the organization it gave its proxy to (each holder within the motion's
 * limit). The poll (opening, ballots, closing, publishing; secret ballots that leave no link to the voter) is
 * {@link PollCore}'s, shared with elections; this class decides what a motion needs: its rule and quorum.
 */
@Service
@Transactional
public class MotionManagement implements PollSteps {

    private final MotionStore store;
    private final PollCore polls;
    private final SessionQueries sessions;
    private final DelegateQueries delegates;
    private final MandateQueries mandates;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MotionManagement(MotionStore store, PollCore polls, SessionQueries sessions, DelegateQueries delegates,
            MandateQueries mandates, CurrentActor currentActor, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.polls = polls;
        this.sessions = sessions;
        this.delegates = delegates;
        this.mandates = mandates;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    public UUID create(MotionCommand command) {
        Actor actor = currentActor.get();
        List<Violation> violations = new ArrayList<>();
        Body body = command.body();
        if (command.sessionId() != null) {
            body = sessions.find(command.sessionId()).map(SessionView::body).orElse(null);
            if (body == null) {
                violations.add(new Violation("sessionId", "governance.error.unknownSession"));
            }
        } else if (body == null) {
            violations.add(new Violation("body", "validation.required"));
        }
        String title = TextInput.checkLine(command.title(), "title", 500, true, violations);
        String text = TextInput.check(command.text(), "text", 8000, false, violations);
        if (command.rule() == null) {
            violations.add(new Violation("rule", "validation.required"));
        }
        QuorumBasis basis = command.quorumBasis() == null ? QuorumBasis.ENTITLED : command.quorumBasis();
        if (basis == QuorumBasis.PRESENT && command.sessionId() == null) {
            violations.add(new Violation("quorumBasis", "governance.error.presentNeedsSession"));
        }
        int quorum = command.quorumPercent() == null ? 50 : command.quorumPercent();
        if (quorum < 0 || quorum > 100) {
            violations.add(new Violation("quorumPercent", "governance.error.percent"));
        }
        int proxies = command.proxyLimit() == null ? 0 : command.proxyLimit();
        if (proxies < 0 || proxies > 10) {
            violations.add(new Violation("proxyLimit", "governance.error.proxyLimitRange", 10));
        }
        if (command.deadline() != null && !command.deadline().isAfter(clock.instant())) {
            violations.add(new Violation("deadline", "governance.error.deadlineInPast"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = UUID.randomUUID();
        store.insert(id, new MotionView(id, command.sessionId(), body, title, text, command.rule(), basis, quorum,
                command.secret(), proxies, command.deadline(), command.subjectType(), command.subjectId(), PollState.CREATED,
                null, null, null, null, null, null, null), actor.at());
        events.publishEvent(new MotionCreated(id, title, actor));
        return id;
    }

    /** Opens the poll and fixes the organizations entitled to vote: the Assembly's members or the Board's seats. */
    @Override
    public void open(UUID id) {
        MotionView motion = motion(id);
        int entitled = polls.open(PollKind.MOTION, id, mandates.electorate(motion.body()));
        events.publishEvent(new MotionOpened(id, entitled, currentActor.get()));
    }

    /**
     * Casts the vote of the signed-in delegate's organization, or of the organization named by
     * {@code onBehalfOf} when it gave its proxy to the delegate's organization. Refused with a reason when the
     * poll is not open, the deadline has passed, the organization is not entitled or has voted already.
     *
     * @return the organization whose vote was cast
     */
    public UUID cast(UUID motionId, Choice choice, UUID onBehalfOf) {
        Actor actor = currentActor.get();
        UUID voter = admitted(motionId, choice, onBehalfOf, actor);
        boolean secret = store.find(motionId).map(MotionView::secret).orElse(true);
        polls.cast(PollKind.MOTION, motionId, voter, actor, secret ? null : choice.name(),
                secret ? List.of(choice.name()) : List.of());
        if (onBehalfOf != null) {
            store.markSessionProxyUsed(motionId, voter, delegates.organizationOf(actor.personId()).orElseThrow());
        }
        // the participation row is the audit record of a ballot (who, for which organization, when); no event
        // per ballot, so the activity log holds nothing that could be ordered against the ballots
        return voter;
    }

    /**
     * Checks the ballot as {@link #cast} would and casts nothing: what the page asks before showing the choice
     * back for confirmation, so a ballot that would be refused is refused at once.
     *
     * @return the organization whose vote it would be
     */
    public UUID check(UUID motionId, Choice choice, UUID onBehalfOf) {
        UUID voter = admitted(motionId, choice, onBehalfOf, currentActor.get());
        if (polls.voted(PollKind.MOTION, motionId, voter)) {
            throw new org.ansoplatform.platform.ConflictException(null, "governance.error.alreadyVoted");
        }
        return voter;
    }

    private UUID admitted(UUID motionId, Choice choice, UUID onBehalfOf, Actor actor) {
        if (choice == null) {
            throw new InvalidInputException("choice", "validation.required");
        }
        UUID own = delegates.organizationOf(actor.personId())
                .orElseThrow(() -> new InvalidInputException(null, "governance.error.notADelegate"));
        UUID voter = onBehalfOf == null ? own : onBehalfOf;
        PollCore.Admission admission = polls.admit(PollKind.MOTION, motionId, voter);
        if (!voter.equals(own) && !store.holdsProxy(motionId, voter, own)) {
            throw new InvalidInputException("onBehalfOf", "governance.error.noProxy");
        }
        if (voter.equals(own) && store.holderFor(motionId, own).isPresent() && !polls.voted(PollKind.MOTION, motionId, own)) {
            // a vote given away is the holder's to cast (once the holder cast it, the giver hears it was cast)
            throw new InvalidInputException("choice", "governance.error.proxyGiven");
        }
        admission.requireEntitled();
        return voter;
    }

    /** Closes the poll and counts. A closed poll never reopens. */
    @Override
    public void close(UUID id) {
        PollCore.Tally tally = polls.close(PollKind.MOTION, id, motion(id).secret());
        MotionView motion = motion(id); // read under the lock closing took
        Map<String, Integer> counts = tally.values().stream()
                .collect(Collectors.groupingBy(choice -> choice, Collectors.summingInt(choice -> 1)));
        int yes = counts.getOrDefault(Choice.YES.name(), 0);
        int no = counts.getOrDefault(Choice.NO.name(), 0);
        int abstain = counts.getOrDefault(Choice.ABSTAIN.name(), 0);
        Integer present = motion.sessionId() == null ? null : sessions.present(motion.sessionId());
        int base = motion.quorumBasis() == QuorumBasis.PRESENT ? (present == null ? 0 : present)
                : (motion.entitled() == null ? 0 : motion.entitled());
        int participants = tally.participants();
        boolean quorum = participants * 100L >= (long) base * motion.quorumPercent() && participants > 0;
        boolean adopted = quorum && (motion.rule() == VotingRule.TWO_THIRDS ? 3L * yes >= 2L * (yes + no) && yes > 0 : yes > no);
        store.saveResult(id, new MotionStore.Result(present, yes, no, abstain, quorum, adopted));
        events.publishEvent(new MotionClosed(id, yes, no, abstain, currentActor.get()));
    }

    @Override
    public void publish(UUID id) {
        polls.publish(PollKind.MOTION, id);
        events.publishEvent(new MotionPublished(id, Boolean.TRUE.equals(motion(id).adopted()), currentActor.get()));
    }

    private MotionView motion(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("motion"));
    }
}
