package org.ansoplatform.governance;

import java.time.Instant;
import java.util.UUID;

/** A motion to put to the vote of a body (of the session's body when it belongs to a session). */
public record MotionCommand(UUID sessionId, Body body, String title, String text, VotingRule rule,
        QuorumBasis quorumBasis, Integer quorumPercent, boolean secret, Integer proxyLimit, Instant deadline,
        SubjectType subjectType, UUID subjectId) {
}
