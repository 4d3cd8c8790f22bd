package org.ansoplatform.governance.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.ansoplatform.governance.MotionCommand;
import org.ansoplatform.governance.QuorumBasis;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.governance.VotingRule;
import org.springframework.format.annotation.DateTimeFormat;

/** A motion of a session; the deadline is read in UTC. */
public record MotionForm(
        @Size(max = 500, message = "{validation.tooLong}") String title,
        @Size(max = 8000, message = "{validation.tooLong}") String text,
        SubjectChoice subject,
        VotingRule rule,
        QuorumBasis quorumBasis,
        @Min(value = 0, message = "{governance.error.percent}") @Max(value = 100, message = "{governance.error.percent}")
        Integer quorumPercent,
        Boolean secret,
        Integer proxyLimit,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline) {

    static MotionForm empty() {
        return new MotionForm(null, null, null, VotingRule.SIMPLE_MAJORITY, QuorumBasis.ENTITLED, 50, false, 1, null);
    }

    MotionCommand command(UUID sessionId) {
        return new MotionCommand(sessionId, null, title, text, rule, quorumBasis, quorumPercent, Boolean.TRUE.equals(secret),
                proxyLimit, deadline == null ? null : deadline.toInstant(ZoneOffset.UTC),
                subject == null ? SubjectType.OTHER : subject.type(), subject == null ? null : subject.id());
    }
}
