package org.ansoplatform.governance.voting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.PollState;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Elections and their candidates; the poll itself is {@link PollCore}'s. Names of candidates are the caller's. */
@Component
public class ElectionStore {

    /** An election row as stored. */
    public record Election(UUID id, UUID sessionId, String title, int seats, Instant deadline, PollState state,
            Integer entitled, Integer ballots) {
    }

    /** A candidate row as stored. */
    public record Candidate(UUID id, UUID organizationId, Integer votes, Boolean elected) {
    }

    private final JdbcClient jdbc;

    ElectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID sessionId, String title, int seats, Instant deadline, List<UUID> candidates,
            Instant createdAt) {
        jdbc.sql("""
                        insert into governance.election (id, session_id, title, seats, deadline, state, created_at)
                        values (:id, :session, :title, :seats, :deadline, :state, :at)""")
                .param("id", id).param("session", sessionId).param("title", title).param("seats", seats)
                .param("deadline", deadline == null ? null : Timestamp.from(deadline))
                .param("state", PollState.CREATED.name()).param("at", Timestamp.from(createdAt))
                .update();
        for (UUID candidate : candidates) {
            jdbc.sql("insert into governance.candidate (id, election_id, organization_id) values (:id, :election, :organization)")
                    .param("id", UUID.randomUUID()).param("election", id).param("organization", candidate).update();
        }
    }

    /**
     * Counts the ballots per candidate; elected are the first {@code seats} by votes, unless tied with the
     * first candidate left out. Records how many organizations voted.
     */
    public void count(UUID id, int seats, int ballots) {
        jdbc.sql("""
                        update governance.candidate c set votes = (select count(*) from governance.election_ballot b where b.candidate_id = c.id)
                        where c.election_id = :election""")
                .param("election", id).update();
        jdbc.sql("""
                        with ranked as (
                          select id, votes, rank() over (order by votes desc) as r from governance.candidate where election_id = :election),
                        cut as (
                          select coalesce((select votes from ranked order by votes desc offset :seats limit 1), -1) as first_out)
                        update governance.candidate c set elected = (r.r <= :seats and r.votes > (select first_out from cut) and r.votes > 0)
                        from ranked r where r.id = c.id""")
                .param("election", id).param("seats", seats).update();
        jdbc.sql("update governance.election set ballots = :ballots where id = :id").param("ballots", ballots)
                .param("id", id).update();
    }

    public Optional<Election> find(UUID id) {
        return jdbc.sql("select * from governance.election where id = :id").param("id", id).query(ElectionStore::election)
                .optional();
    }

    public List<Election> ofSession(UUID sessionId) {
        return jdbc.sql("select * from governance.election where session_id = :session order by created_at")
                .param("session", sessionId).query(ElectionStore::election).list();
    }

    public List<Election> openFor(UUID organizationId) {
        return jdbc.sql("""
                        select e.* from governance.election e where e.state = :open and exists
                          (select 1 from governance.election_voter v where v.election_id = e.id and v.organization_id = :organization)
                        order by e.created_at""")
                .param("open", PollState.OPEN.name()).param("organization", organizationId).query(ElectionStore::election).list();
    }

    /** Closed and published elections the organization was entitled to vote in, newest first. */
    public List<Election> pastFor(UUID organizationId) {
        return jdbc.sql("""
                        select e.* from governance.election e where e.state in (:closed, :published) and exists
                          (select 1 from governance.election_voter v where v.election_id = e.id and v.organization_id = :organization)
                        order by e.created_at desc, e.id""")
                .param("closed", PollState.CLOSED.name()).param("published", PollState.PUBLISHED.name())
                .param("organization", organizationId).query(ElectionStore::election).list();
    }

    public List<Election> list() {
        return jdbc.sql("select * from governance.election order by created_at desc").query(ElectionStore::election).list();
    }

    public List<Candidate> candidates(UUID electionId) {
        return jdbc.sql("select * from governance.candidate where election_id = :election").param("election", electionId)
                .query((rs, row) -> new Candidate(Rows.uuid(rs, "id"), Rows.uuid(rs, "organization_id"),
                        Rows.integer(rs, "votes"), (Boolean) rs.getObject("elected")))
                .list();
    }

    private static Election election(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Election(Rows.uuid(rs, "id"), Rows.uuid(rs, "session_id"), rs.getString("title"), rs.getInt("seats"),
                Rows.instant(rs, "deadline"), Rows.enumValue(rs, "state", PollState.class), Rows.integer(rs, "entitled"),
                Rows.integer(rs, "ballots"));
    }
}
