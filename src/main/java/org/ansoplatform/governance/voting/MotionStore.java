package org.ansoplatform.governance.voting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.Choice;
import org.ansoplatform.governance.MotionView;
import org.ansoplatform.governance.PollState;
import org.ansoplatform.governance.QuorumBasis;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.governance.VotingRule;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Motions, their proxies and their open participation; the poll itself is {@link PollCore}'s. */
@Component
public class MotionStore {

    /** A participation row as stored: the organization, who cast it and when, the choice of an open ballot. */
    public record Participation(UUID organizationId, UUID castBy, Instant castAt, Choice choice) {
    }

    /** The results a closed motion keeps. */
    public record Result(Integer present, int yes, int no, int abstain, boolean quorumReached, boolean adopted) {
    }

    private final JdbcClient jdbc;

    MotionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, MotionView motion, Instant createdAt) {
        jdbc.sql("""
                        insert into governance.motion (id, session_id, body, title, text, rule, quorum_basis, quorum_percent, secret,
                            proxy_limit, deadline, subject_type, subject_id, state, created_at)
                        values (:id, :session, :body, :title, :text, :rule, :basis, :quorum, :secret, :proxies, :deadline,
                            :subjectType, :subject, :state, :at)""")
                .param("id", id).param("session", motion.sessionId()).param("body", motion.body().name())
                .param("title", motion.title()).param("text", motion.text()).param("rule", motion.rule().name())
                .param("basis", motion.quorumBasis().name()).param("quorum", motion.quorumPercent())
                .param("secret", motion.secret()).param("proxies", motion.proxyLimit())
                .param("deadline", motion.deadline() == null ? null : Timestamp.from(motion.deadline()))
                .param("subjectType", motion.subjectType() == null ? null : motion.subjectType().name())
                .param("subject", motion.subjectId()).param("state", PollState.CREATED.name())
                .param("at", Timestamp.from(createdAt))
                .update();
    }

    public void saveResult(UUID id, Result result) {
        jdbc.sql("""
                        update governance.motion set present = :present, yes = :yes, no = :no, abstain = :abstain,
                            quorum_reached = :quorum, adopted = :adopted where id = :id""")
                .param("present", result.present()).param("yes", result.yes()).param("no", result.no())
                .param("abstain", result.abstain()).param("quorum", result.quorumReached()).param("adopted", result.adopted())
                .param("id", id).update();
    }

    public Optional<MotionView> find(UUID id) {
        return jdbc.sql("select * from governance.motion where id = :id").param("id", id).query(MotionStore::view).optional();
    }

    public List<MotionView> list() {
        return jdbc.sql("select * from governance.motion order by created_at desc, id").query(MotionStore::view).list();
    }

    public List<MotionView> ofSession(UUID sessionId) {
        return jdbc.sql("select * from governance.motion where session_id = :session order by created_at, id")
                .param("session", sessionId).query(MotionStore::view).list();
    }

    /** Open motions the organization is entitled to vote on. */
    public List<MotionView> openFor(UUID organizationId) {
        return jdbc.sql("""
                        select m.* from governance.motion m where m.state = :open and exists
                          (select 1 from governance.motion_voter v where v.motion_id = m.id and v.organization_id = :organization)
                        order by m.created_at""")
                .param("open", PollState.OPEN.name()).param("organization", organizationId).query(MotionStore::view).list();
    }

    /**
     * The proxies in force on one motion, as {@code effective(giver_id, holder_id)}: the proxy given for the
     * motion, else the one given for its whole session when the motion allows proxies.
     */
    private static final String EFFECTIVE = """
            with effective as (
              select giver_id, holder_id from governance.proxy where motion_id = :motion
              union all
              select sp.giver_id, sp.holder_id from governance.session_proxy sp
                join governance.motion m on m.session_id = sp.session_id
               where m.id = :motion and m.proxy_limit > 0
                 and not exists (select 1 from governance.proxy p where p.motion_id = :motion and p.giver_id = sp.giver_id))
            """;

    public int proxiesHeld(UUID motionId, UUID holderId) {
        return jdbc.sql(EFFECTIVE + "select count(*) from effective where holder_id = :holder")
                .param("motion", motionId).param("holder", holderId).query(Integer.class).single();
    }

    public List<UUID> giversTo(UUID motionId, UUID holderId) {
        return jdbc.sql(EFFECTIVE + "select giver_id from effective where holder_id = :holder order by giver_id")
                .param("motion", motionId).param("holder", holderId).query(UUID.class).list();
    }

    /** The organization {@code giver} gave its vote on the motion to (for the motion or its session), if it gave it. */
    public Optional<UUID> holderFor(UUID motionId, UUID giverId) {
        return jdbc.sql(EFFECTIVE + "select holder_id from effective where giver_id = :giver")
                .param("motion", motionId).param("giver", giverId).query(UUID.class).optional();
    }

    /** Whether {@code giver} gave its vote on the motion to {@code holder}. */
    public boolean holdsProxy(UUID motionId, UUID giverId, UUID holderId) {
        return jdbc.sql(EFFECTIVE + "select exists (select 1 from effective where giver_id = :giver and holder_id = :holder)")
                .param("motion", motionId).param("giver", giverId).param("holder", holderId).query(Boolean.class).single();
    }

    /**
     * The organizations on the motion's voter roll that may hold the giver's vote, in one statement (as
     * {@code ProxyManagement} refuses the others): not the giver, not one that gave its own vote away, and one
     * holding fewer proxies than the limit.
     */
    public List<UUID> possibleHolders(UUID motionId, UUID giverId, int limit) {
        return jdbc.sql(EFFECTIVE + """
                        select v.organization_id from governance.motion_voter v
                         where v.motion_id = :motion and v.organization_id <> :giver
                           and not exists (select 1 from effective e where e.giver_id = v.organization_id)
                           and (select count(*) from effective e where e.holder_id = v.organization_id) < :limit""")
                .param("motion", motionId).param("giver", giverId).param("limit", limit).query(UUID.class).list();
    }

    /** How many proxies each holder has on the motion, for the motion or its session. */
    public Map<UUID, Integer> proxyCounts(UUID motionId) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql(EFFECTIVE + "select holder_id, count(*) as held from effective group by holder_id").param("motion", motionId)
                .query((rs, row) -> counts.put(Rows.uuid(rs, "holder_id"), rs.getInt("held"))).list();
        return counts;
    }

    /** The session's proxies: giver to holder. */
    public Map<UUID, UUID> sessionProxies(UUID sessionId) {
        Map<UUID, UUID> proxies = new HashMap<>();
        jdbc.sql("select giver_id, holder_id from governance.session_proxy where session_id = :session").param("session", sessionId)
                .query((rs, row) -> proxies.put(Rows.uuid(rs, "giver_id"), Rows.uuid(rs, "holder_id"))).list();
        return proxies;
    }

    public void grantProxy(UUID motionId, UUID giverId, UUID holderId) {
        jdbc.sql("""
                        insert into governance.proxy (motion_id, giver_id, holder_id) values (:motion, :giver, :holder)
                        on conflict (motion_id, giver_id) do update set holder_id = excluded.holder_id""")
                .param("motion", motionId).param("giver", giverId).param("holder", holderId).update();
    }

    /** Whether the giver's proxy for this one motion exists (not one for its session). */
    public boolean hasMotionProxy(UUID motionId, UUID giverId) {
        return jdbc.sql("select exists (select 1 from governance.proxy where motion_id = :motion and giver_id = :giver)")
                .param("motion", motionId).param("giver", giverId).query(Boolean.class).single();
    }

    public void revokeProxy(UUID motionId, UUID giverId) {
        jdbc.sql("delete from governance.proxy where motion_id = :motion and giver_id = :giver")
                .param("motion", motionId).param("giver", giverId).update();
    }

    /** A proxy for every motion of a session, and when it was given. */
    public record SessionProxy(UUID sessionId, UUID giverId, UUID holderId, Instant givenAt) {
    }

    public void grantSessionProxy(UUID sessionId, UUID giverId, UUID holderId, Instant at) {
        jdbc.sql("""
                        insert into governance.session_proxy (session_id, giver_id, holder_id, given_at)
                        values (:session, :giver, :holder, :at)
                        on conflict (session_id, giver_id) do update set holder_id = excluded.holder_id, given_at = excluded.given_at,
                            used = false""")
                .param("session", sessionId).param("giver", giverId).param("holder", holderId).param("at", Timestamp.from(at))
                .update();
    }

    public Optional<SessionProxy> sessionProxy(UUID sessionId, UUID giverId) {
        return jdbc.sql("select * from governance.session_proxy where session_id = :session and giver_id = :giver")
                .param("session", sessionId).param("giver", giverId)
                .query((rs, row) -> new SessionProxy(Rows.uuid(rs, "session_id"), Rows.uuid(rs, "giver_id"),
                        Rows.uuid(rs, "holder_id"), Rows.instant(rs, "given_at")))
                .optional();
    }

    /** Takes the session row's lock, so session proxies are given one at a time and their limits hold. */
    public void lockSession(UUID sessionId) {
        jdbc.sql("select id from governance.session where id = :session for update").param("session", sessionId)
                .query(UUID.class).optional();
    }

    /** How many organizations gave their vote for the whole session to this one. */
    public int sessionProxiesHeld(UUID sessionId, UUID holderId) {
        return jdbc.sql("select count(*) from governance.session_proxy where session_id = :session and holder_id = :holder")
                .param("session", sessionId).param("holder", holderId).query(Integer.class).single();
    }

    /** Whether the holder has cast a ballot with the session proxy: then it stays. */
    public boolean sessionProxyUsed(SessionProxy proxy) {
        return jdbc.sql("select used from governance.session_proxy where session_id = :session and giver_id = :giver")
                .param("session", proxy.sessionId()).param("giver", proxy.giverId()).query(Boolean.class).optional()
                .orElse(false);
    }

    /** Marks used the proxy the giver gave the holder for the motion's session, if the ballot was cast with it. */
    public void markSessionProxyUsed(UUID motionId, UUID giverId, UUID holderId) {
        jdbc.sql("""
                        update governance.session_proxy set used = true
                         where giver_id = :giver and holder_id = :holder
                           and session_id = (select session_id from governance.motion where id = :motion)
                           and not exists (select 1 from governance.proxy where motion_id = :motion and giver_id = :giver)""")
                .param("motion", motionId).param("giver", giverId).param("holder", holderId).update();
    }

    public void revokeSessionProxy(UUID sessionId, UUID giverId) {
        jdbc.sql("delete from governance.session_proxy where session_id = :session and giver_id = :giver")
                .param("session", sessionId).param("giver", giverId).update();
    }

    /** Motions of the session still to be voted on (created or open) that allow proxies. */
    public List<MotionView> proxyMotionsOf(UUID sessionId) {
        return jdbc.sql("""
                        select * from governance.motion where session_id = :session and proxy_limit > 0
                           and state in (:created, :open) order by created_at, id""")
                .param("session", sessionId).param("created", PollState.CREATED.name()).param("open", PollState.OPEN.name())
                .query(MotionStore::view).list();
    }

    /** Closed and published motions the organization was entitled to vote on, newest first. */
    public List<MotionView> pastFor(UUID organizationId) {
        return jdbc.sql("""
                        select m.* from governance.motion m where m.state in (:closed, :published) and exists
                          (select 1 from governance.motion_voter v where v.motion_id = m.id and v.organization_id = :organization)
                        order by m.created_at desc, m.id""")
                .param("closed", PollState.CLOSED.name()).param("published", PollState.PUBLISHED.name())
                .param("organization", organizationId).query(MotionStore::view).list();
    }

    public List<Participation> participation(UUID motionId) {
        return jdbc.sql("select * from governance.participation where motion_id = :motion").param("motion", motionId)
                .query((rs, row) -> new Participation(Rows.uuid(rs, "organization_id"), Rows.uuid(rs, "cast_by"),
                        Rows.instant(rs, "cast_at"), Rows.enumValue(rs, "choice", Choice.class)))
                .list();
    }

    private static MotionView view(ResultSet rs, int row) throws SQLException {
        return new MotionView(Rows.uuid(rs, "id"), Rows.uuid(rs, "session_id"), Rows.enumValue(rs, "body", Body.class),
                rs.getString("title"), rs.getString("text"), Rows.enumValue(rs, "rule", VotingRule.class),
                Rows.enumValue(rs, "quorum_basis", QuorumBasis.class), rs.getInt("quorum_percent"), rs.getBoolean("secret"),
                rs.getInt("proxy_limit"), Rows.instant(rs, "deadline"), Rows.enumValue(rs, "subject_type", SubjectType.class),
                Rows.uuid(rs, "subject_id"), Rows.enumValue(rs, "state", PollState.class), Rows.integer(rs, "entitled"),
                Rows.integer(rs, "present"), Rows.integer(rs, "yes"), Rows.integer(rs, "no"), Rows.integer(rs, "abstain"),
                (Boolean) rs.getObject("quorum_reached"), (Boolean) rs.getObject("adopted"));
    }
}
