package org.ansoplatform.governance;

import java.time.Instant;
import java.util.UUID;

/** A motion; counts are null until it closes. */
public record MotionView(UUID id, UUID sessionId, Body body, String title, String text, VotingRule rule,
        QuorumBasis quorumBasis, int quorumPercent, boolean secret, int proxyLimit, Instant deadline,
        SubjectType subjectType, UUID subjectId, PollState state, Integer entitled, Integer present, Integer yes,
        Integer no, Integer abstain, Boolean quorumReached, Boolean adopted) {

    /** The same motion without its results: what people see before the results are published. */
    public MotionView withoutResults() {
        return new MotionView(id, sessionId, body, title, text, rule, quorumBasis, quorumPercent, secret, proxyLimit,
                deadline, subjectType, subjectId, state, entitled, present, null, null, null, null, null);
    }

    public Integer ballots() {
        return yes == null ? null : yes + no + abstain;
    }

    /** The number the quorum is a share of: the members present at the session, or those entitled. */
    public int quorumBase() {
        Integer base = quorumBasis == QuorumBasis.PRESENT ? present : entitled;
        return base == null ? 0 : base;
    }

    /** The fewest ballots that reach the quorum (as {@code MotionManagement.close} counts it), at least one. */
    public int quorumNeeded() {
        return (int) Math.max(1, (quorumBase() * (long) quorumPercent + 99) / 100);
    }

    /** Ballots cast as a whole percentage of the organizations entitled; null before the results. */
    public Integer turnoutPercent() {
        if (ballots() == null || entitled == null || entitled == 0) {
            return null;
        }
        return (int) Math.round(ballots() * 100.0 / entitled);
    }
}
