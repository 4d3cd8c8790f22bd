package org.ansoplatform.governance.voting;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.governance.ElectionOpened;
import org.ansoplatform.governance.ElectionPublished;
import org.ansoplatform.governance.ElectionView;
import org.ansoplatform.governance.MotionOpened;
import org.ansoplatform.governance.MotionPublished;
import org.ansoplatform.governance.MotionView;
import org.ansoplatform.governance.PollNotice;
import org.ansoplatform.governance.PollNotice.Kind;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.SessionView;
import org.ansoplatform.governance.VotingQueries;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a poll's opening and its published result into a {@link PollNotice} for the delegates entitled to vote,
 * in the transaction that opened or published it (a synchronous listener), so the notice is published, and
 * mailed, only if that step commits. The platform's own steps (the demo's record of 2021) tell no one.
 */
@Component
class PollNotices {

    private static final String VOTES_PATH = "/representative/votes";

    private final PollNoticeStore store;
    private final VotingQueries voting;
    private final SessionQueries sessions;
    private final ApplicationEventPublisher events;

    PollNotices(PollNoticeStore store, VotingQueries voting, SessionQueries sessions, ApplicationEventPublisher events) {
        this.store = store;
        this.voting = voting;
        this.sessions = sessions;
        this.events = events;
    }

    @EventListener
    void on(MotionOpened event) {
        if (byPerson(event.actor())) {
            tellMotion(Kind.OPENED, event.motionId(), store.delegatesOfVoters(PollKind.MOTION, event.motionId()));
        }
    }

    @EventListener
    void on(MotionPublished event) {
        if (byPerson(event.actor())) {
            tellMotion(Kind.PUBLISHED, event.motionId(), store.delegatesOfVoters(PollKind.MOTION, event.motionId()));
        }
    }

    @EventListener
    void on(ElectionOpened event) {
        if (byPerson(event.actor())) {
            tellElection(Kind.OPENED, event.electionId(), store.delegatesOfVoters(PollKind.ELECTION, event.electionId()));
        }
    }

    @EventListener
    void on(ElectionPublished event) {
        if (byPerson(event.actor())) {
            tellElection(Kind.PUBLISHED, event.electionId(), store.delegatesOfVoters(PollKind.ELECTION, event.electionId()));
        }
    }

    /** Reminds the delegates yet to vote in the poll that its deadline is near. */
    void remind(PollKind kind, UUID id) {
        List<UUID> recipients = store.delegatesYetToVote(kind, id);
        if (kind == PollKind.MOTION) {
            tellMotion(Kind.REMINDER, id, recipients);
        } else {
            tellElection(Kind.REMINDER, id, recipients);
        }
    }

    private void tellMotion(Kind kind, UUID id, List<UUID> recipients) {
        MotionView motion = voting.motion(id);
        SessionView session = sessions.find(motion.sessionId()).orElse(null);
        publish(new PollNotice(kind, id, false, motion.title(), motion.body(), session == null ? null : session.title(),
                motion.deadline(), session == null ? "UTC" : session.zone(), kind == Kind.PUBLISHED ? motion.adopted() : null,
                recipients, path(kind, session)));
    }

    private void tellElection(Kind kind, UUID id, List<UUID> recipients) {
        ElectionView election = voting.election(id);
        SessionView session = sessions.find(election.sessionId()).orElse(null);
        publish(new PollNotice(kind, id, true, election.title(), org.ansoplatform.governance.Body.ASSEMBLY,
                session == null ? null : session.title(), election.deadline(), session == null ? "UTC" : session.zone(),
                null, recipients, path(kind, session)));
    }

    private void publish(PollNotice notice) {
        if (!notice.recipients().isEmpty()) {
            events.publishEvent(notice);
        }
    }

    /** Ballots are cast on the delegate's votes page; a result is read on its session's page, or beside the votes. */
    private static String path(Kind kind, SessionView session) {
        return kind == Kind.PUBLISHED && session != null ? "/governance/sessions/" + session.id() : VOTES_PATH;
    }

    private static boolean byPerson(Actor actor) {
        return actor != null && actor.personId() != null;
    }
}
