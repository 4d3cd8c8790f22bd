package org.ansoplatform.governance.voting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whom a poll's notices go to (the delegates in force of its voter roll), and which polls are due a reminder. */
@Component
class PollNoticeStore {

    private final JdbcClient jdbc;

    PollNoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The delegates in force of every organization on the poll's voter roll. */
    List<UUID> delegatesOfVoters(PollKind kind, UUID id) {
        return jdbc.sql("select distinct d.person_id from " + kind.voterTable + " v join governance.delegate d"
                        + " on d.organization_id = v.organization_id and d.until is null where v." + kind.pollColumn + " = :poll")
                .param("poll", id).query(UUID.class).list();
    }

    /**
     * The delegates who can still cast a ballot: of every organization on the roll that has not voted, except one
     * that gave its vote away, whose holder's delegates are asked instead (only motions take proxies).
     */
    List<UUID> delegatesYetToVote(PollKind kind, UUID id) {
        String notVoted = "select v.organization_id from " + kind.voterTable + " v where v." + kind.pollColumn
                + " = :poll and not exists (select 1 from " + kind.participationTable + " p where p." + kind.pollColumn
                + " = :poll and p.organization_id = v.organization_id)";
        String casting = kind == PollKind.MOTION
                ? "select coalesce(x.holder_id, n.organization_id) from (" + notVoted + ") n"
                        + " left join governance.proxy x on x.motion_id = :poll and x.giver_id = n.organization_id"
                : notVoted;
        return jdbc.sql("select distinct d.person_id from governance.delegate d where d.until is null"
                        + " and d.organization_id in (" + casting + ")")
                .param("poll", id).query(UUID.class).list();
    }

    /**
     * Marks, and returns, the open polls whose deadline falls before {@code until} and that were not reminded of
     * yet: the statement that selects a poll marks it, so no run or node reminds twice.
     */
    List<UUID> markRemindersDue(PollKind kind, Instant now, Instant until) {
        return jdbc.sql("update " + kind.table + " set reminded_at = :now where state = :open and reminded_at is null"
                        + " and deadline > :now and deadline <= :until returning id")
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(until))
                .param("open", org.ansoplatform.governance.PollState.OPEN.name()).query(UUID.class).list();
    }
}
