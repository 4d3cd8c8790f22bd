package org.ansoplatform.review.panels;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.review.panels.PanelQueries.MemberStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Panel members: invitations, answers, withdrawals. */
@Repository
class MemberStore {

    private final JdbcClient jdbc;

    MemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Invites the reviewer, or invites them again after a decline or withdrawal; false when they were already invited or in. */
    boolean invite(UUID panelId, UUID reviewerId, Instant now) {
        return jdbc.sql("""
                insert into review.panel_member (panel_id, reviewer_id, status, invited_at) values (:panel, :reviewer, :invited, :now)
                on conflict (panel_id, reviewer_id) do update set status = :invited, invited_at = excluded.invited_at,
                    answered_at = null where panel_member.status in (:declined, :withdrawn)""")
                .param("panel", panelId).param("reviewer", reviewerId).param("now", Timestamp.from(now))
                .param("invited", MemberStatus.INVITED.name()).param("declined", MemberStatus.DECLINED.name())
                .param("withdrawn", MemberStatus.WITHDRAWN.name()).update() > 0;
    }

    Optional<MemberStatus> status(UUID panelId, UUID reviewerId) {
        return jdbc.sql("select status from review.panel_member where panel_id = :panel and reviewer_id = :reviewer")
                .param("panel", panelId).param("reviewer", reviewerId).query(String.class).optional().map(MemberStatus::valueOf);
    }

    void answer(UUID panelId, UUID reviewerId, MemberStatus status, Instant now) {
        jdbc.sql("update review.panel_member set status = :status, answered_at = :now where panel_id = :panel and reviewer_id = :reviewer")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("panel", panelId).param("reviewer", reviewerId)
                .update();
    }

    /** Withdraws the member; false when they are not a member or already withdrawn. */
    boolean withdraw(UUID panelId, UUID reviewerId, Instant now) {
        return jdbc.sql("""
                update review.panel_member set status = :withdrawn, answered_at = :now where panel_id = :panel and reviewer_id = :reviewer
                and status <> :withdrawn""")
                .param("withdrawn", MemberStatus.WITHDRAWN.name()).param("now", Timestamp.from(now)).param("panel", panelId)
                .param("reviewer", reviewerId).update() > 0;
    }

    boolean isMember(UUID panelId, UUID reviewerId) {
        return jdbc.sql("select exists (select 1 from review.panel_member where panel_id = :panel and reviewer_id = :reviewer)")
                .param("panel", panelId).param("reviewer", reviewerId).query(Boolean.class).single();
    }

    boolean isAccepted(UUID panelId, UUID reviewerId) {
        return status(panelId, reviewerId).filter(status -> status == MemberStatus.ACCEPTED).isPresent();
    }

    /** The reviewer id of a person who accepted to be a member of the panel. */
    Optional<UUID> acceptedReviewer(UUID personId, UUID panelId) {
        return jdbc.sql("""
                select r.id from review.panel_member m join review.reviewer r on r.id = m.reviewer_id
                where r.person_id = :person and m.panel_id = :panel and m.status = :accepted""")
                .param("person", personId).param("panel", panelId).param("accepted", MemberStatus.ACCEPTED.name())
                .query(UUID.class).optional();
    }
}
