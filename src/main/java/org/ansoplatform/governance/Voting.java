package org.ansoplatform.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Motions put to the vote of the Board or the Assembly. One vote per entitled member organization, cast by
 * its delegate, or by the delegate of the organization it gave its proxy to (each holder within the motion's
 * limit). States only move forward: created, open, closed, published.
 *
 * <p>Who voted is audited in the participation table itself (organization, person, time), not in the
 * activity log; opening, closing and publishing are audited events.
 *
 * <p>Secret ballots: the participation table says which organization voted and who cast it (auditable);
 * the choice goes to a separate table holding a random id, the motion and the choice only. When the poll
 * closes those rows are rewritten in random order in one transaction and the table is vacuumed, so neither
 * physical order nor transaction ids tie a choice to a participation.
 */
@Service
@Transactional
public class Voting {

    public enum State { CREATED, OPEN, CLOSED, PUBLISHED }

    public enum Rule { SIMPLE_MAJORITY, TWO_THIRDS }

    public enum QuorumBasis { ENTITLED, PRESENT }

    public enum Choice { YES, NO, ABSTAIN }

    public record MotionCommand(UUID sessionId, Body body, String title, String text, Rule rule,
            QuorumBasis quorumBasis, Integer quorumPercent, boolean secret, Integer proxyLimit, Instant deadline,
            SubjectType subjectType, UUID subjectId) {
    }

    /** A motion; counts are null until it closes. */
    public record MotionView(UUID id, UUID sessionId, Body body, String title, String text, Rule rule,
            QuorumBasis quorumBasis, int quorumPercent, boolean secret, int proxyLimit, Instant deadline,
            SubjectType subjectType, UUID subjectId, State state, Integer entitled, Integer present, Integer yes,
            Integer no, Integer abstain, Boolean quorumReached, Boolean adopted) {

        /** The same motion without its results: what people see before the results are published. */
        public MotionView withoutResults() {
            return new MotionView(id, sessionId, body, title, text, rule, quorumBasis, quorumPercent, secret, proxyLimit,
                    deadline, subjectType, subjectId, state, entitled, present, null, null, null, null, null);
        }

        public Integer ballots() {
            return yes == null ? null : yes + no + abstain;
        }
    }

    /** One participation: which organization voted, who cast it and when; the choice for open ballots only. */
    public record ParticipationView(UUID organizationId, String organizationName, UUID castBy, Instant castAt,
            Choice choice) {
    }

    private final JdbcClient jdbc;
    private final BallotBoxes ballotBoxes;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Delegates delegates;
    private final OrganizationQueries organizations;
    private final Mandates mandates;
    private final Clock clock;

    Voting(JdbcClient jdbc, BallotBoxes ballotBoxes, CurrentActor currentActor, ApplicationEventPublisher events,
            Delegates delegates, OrganizationQueries organizations, Mandates mandates, Clock clock) {
        this.jdbc = jdbc;
        this.ballotBoxes = ballotBoxes;
        this.currentActor = currentActor;
        this.events = events;
        this.delegates = delegates;
        this.organizations = organizations;
        this.mandates = mandates;
        this.clock = clock;
    }

    public UUID create(MotionCommand command) {
        Actor actor = currentActor.get();
        List<Violation> violations = new ArrayList<>();
        Body body = command.body();
        if (command.sessionId() != null) {
            body = jdbc.sql("select body from governance.session where id = :id").param("id", command.sessionId())
                    .query(String.class).optional().map(Body::valueOf).orElse(null);
            if (body == null) {
                violations.add(new Violation("sessionId", "governance.error.unknownSession"));
            }
        } else if (body == null) {
            violations.add(new Violation("body", "validation.required"));
        }
        String title = Values.trim(command.title());
        if (title == null) {
            violations.add(new Violation("title", "validation.required"));
        } else if (title.length() > 500) {
            violations.add(new Violation("title", "validation.tooLong", 500));
        }
        String text = Values.trim(command.text());
        if (text != null && text.length() > 8000) {
            violations.add(new Violation("text", "validation.tooLong", 8000));
        }
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
        jdbc.sql("""
                        insert into governance.motion (id, session_id, body, title, text, rule, quorum_basis, quorum_percent, secret,
                            proxy_limit, deadline, subject_type, subject_id, state, created_at)
                        values (:id, :session, :body, :title, :text, :rule, :basis, :quorum, :secret, :proxies, :deadline,
                            :subjectType, :subject, 'CREATED', :at)""")
                .param("id", id).param("session", command.sessionId()).param("body", body.name()).param("title", title)
                .param("text", text).param("rule", command.rule().name()).param("basis", basis.name())
                .param("quorum", quorum).param("secret", command.secret()).param("proxies", proxies)
                .param("deadline", Values.timestamp(command.deadline()))
                .param("subjectType", command.subjectType() == null ? null : command.subjectType().name())
                .param("subject", command.subjectId()).param("at", Values.timestamp(actor.at()))
                .update();
        events.publishEvent(new GovernanceChanged("governance.motionCreated", "motion", id.toString(), title, actor));
        return id;
    }

    /** Opens the poll and fixes the organizations entitled to vote: the Assembly's members or the Board's seats. */
    public void open(UUID id) {
        MotionView motion = locked(id);
        requireState(motion, State.CREATED);
        List<UUID> electorate = mandates.electorate(motion.body());
        for (UUID organization : electorate) {
            jdbc.sql("insert into governance.motion_voter (motion_id, organization_id) values (:m, :o) on conflict do nothing")
                    .param("m", id).param("o", organization).update();
        }
        jdbc.sql("update governance.motion set state = 'OPEN', entitled = :n where id = :id")
                .param("n", electorate.size()).param("id", id).update();
        events.publishEvent(new GovernanceChanged("governance.motionOpened", "motion", id.toString(),
                electorate.size() + " entitled", currentActor.get()));
    }

    /** The signed-in delegate's organization gives its vote on this motion to another entitled organization. */
    public void giveProxy(UUID motionId, UUID holderOrganizationId) {
        Actor actor = currentActor.get();
        UUID giver = delegates.organizationOf(actor.personId())
                .orElseThrow(() -> new InvalidInputException(null, "governance.error.notADelegate"));
        MotionView motion = locked(motionId);
        List<Violation> violations = new ArrayList<>();
        if (motion.state() != State.OPEN) {
            throw new InvalidInputException(null, "governance.error.pollNotOpen");
        }
        if (holderOrganizationId == null || holderOrganizationId.equals(giver)) {
            violations.add(new Violation("holder", "governance.error.proxyHolder"));
        } else if (!entitled(motionId, giver) || !entitled(motionId, holderOrganizationId)) {
            violations.add(new Violation("holder", "governance.error.notEntitled"));
        } else if (voted(motionId, giver)) {
            violations.add(new Violation("holder", "governance.error.alreadyVoted"));
        } else {
            int held = jdbc.sql("select count(*) from governance.proxy where motion_id = :m and holder_id = :h")
                    .param("m", motionId).param("h", holderOrganizationId).query(Integer.class).single();
            if (held >= motion.proxyLimit()) {
                violations.add(new Violation("holder", "governance.error.proxyLimit", motion.proxyLimit()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                        insert into governance.proxy (motion_id, giver_id, holder_id) values (:m, :g, :h)
                        on conflict (motion_id, giver_id) do update set holder_id = excluded.holder_id""")
                .param("m", motionId).param("g", giver).param("h", holderOrganizationId).update();
        events.publishEvent(new GovernanceChanged("governance.proxyGiven", "motion", motionId.toString(),
                giver + " -> " + holderOrganizationId, actor));
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
        if (choice == null) {
            throw new InvalidInputException("choice", "validation.required");
        }
        UUID own = delegates.organizationOf(actor.personId())
                .orElseThrow(() -> new InvalidInputException(null, "governance.error.notADelegate"));
        UUID voter = onBehalfOf == null ? own : onBehalfOf;
        // one statement reads the state and both rights, under a shared lock: ballots go in side by side, but
        // closing (an update) waits for them and they for it
        Map<String, Object> motion = jdbc.sql("""
                        select m.state, m.deadline, m.secret,
                               exists (select 1 from governance.motion_voter v where v.motion_id = m.id and v.organization_id = :voter) as entitled,
                               (cast(:voter as uuid) = cast(:own as uuid) or exists (select 1 from governance.proxy p
                                   where p.motion_id = m.id and p.giver_id = :voter and p.holder_id = :own)) as holds
                        from governance.motion m where m.id = :id for share of m""")
                .param("id", motionId).param("voter", voter).param("own", own)
                .query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("motion"));
        if (!State.OPEN.name().equals(motion.get("state"))) {
            throw new InvalidInputException(null, "governance.error.pollNotOpen");
        }
        if (motion.get("deadline") instanceof java.sql.Timestamp deadline && !clock.instant().isBefore(deadline.toInstant())) {
            throw new InvalidInputException(null, "governance.error.deadlinePassed");
        }
        if (!Boolean.TRUE.equals(motion.get("holds"))) {
            throw new InvalidInputException("onBehalfOf", "governance.error.noProxy");
        }
        if (!Boolean.TRUE.equals(motion.get("entitled"))) {
            throw new InvalidInputException(null, "governance.error.notEntitled");
        }
        boolean secret = Boolean.TRUE.equals(motion.get("secret"));
        int inserted = jdbc.sql("""
                        insert into governance.participation (motion_id, organization_id, cast_by, cast_at, choice)
                        values (:m, :o, :by, :at, :choice) on conflict (motion_id, organization_id) do nothing""")
                .param("m", motionId).param("o", voter).param("by", actor.personId())
                .param("at", Values.timestamp(actor.at())).param("choice", secret ? null : choice.name())
                .update();
        if (inserted == 0) {
            throw new InvalidInputException(null, "governance.error.alreadyVoted");
        }
        if (secret) {
            jdbc.sql("insert into governance.secret_ballot (id, motion_id, choice) values (:id, :m, :choice)")
                    .param("id", UUID.randomUUID()).param("m", motionId).param("choice", choice.name()).update();
        }
        // the participation row is the audit record of a ballot (who, for which organization, when); no event
        // per ballot, so the activity log holds nothing that could be ordered against the ballots
        return voter;
    }

    /** Closes the poll and counts. A closed poll never reopens. */
    public void close(UUID id) {
        MotionView motion = locked(id);
        requireState(motion, State.OPEN);
        Map<String, Integer> counts;
        if (motion.secret()) {
            List<String> choices = ballotBoxes.rewrite("governance.secret_ballot", "motion_id", id, "choice", "varchar");
            counts = choices.stream().collect(Collectors.groupingBy(c -> c, Collectors.summingInt(c -> 1)));
        } else {
            counts = jdbc.sql("select choice, count(*) as n from governance.participation where motion_id = :m group by choice")
                    .param("m", id).query((rs, row) -> Map.entry(rs.getString("choice"), rs.getInt("n"))).list()
                    .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        int yes = counts.getOrDefault("YES", 0);
        int no = counts.getOrDefault("NO", 0);
        int abstain = counts.getOrDefault("ABSTAIN", 0);
        int participants = jdbc.sql("select count(*) from governance.participation where motion_id = :m")
                .param("m", id).query(Integer.class).single();
        Integer present = motion.sessionId() == null ? null
                : jdbc.sql("select count(*) from governance.attendance where session_id = :s and present")
                        .param("s", motion.sessionId()).query(Integer.class).single();
        int base = motion.quorumBasis() == QuorumBasis.PRESENT ? (present == null ? 0 : present)
                : (motion.entitled() == null ? 0 : motion.entitled());
        boolean quorum = participants * 100L >= (long) base * motion.quorumPercent() && participants > 0;
        boolean adopted = quorum && (motion.rule() == Rule.TWO_THIRDS ? 3L * yes >= 2L * (yes + no) && yes > 0 : yes > no);
        jdbc.sql("""
                        update governance.motion set state = 'CLOSED', present = :present, yes = :yes, no = :no, abstain = :abstain,
                            quorum_reached = :quorum, adopted = :adopted where id = :id""")
                .param("present", present).param("yes", yes).param("no", no).param("abstain", abstain)
                .param("quorum", quorum).param("adopted", adopted).param("id", id).update();
        events.publishEvent(new GovernanceChanged("governance.motionClosed", "motion", id.toString(),
                yes + "/" + no + "/" + abstain, currentActor.get()));
    }

    public void publish(UUID id) {
        MotionView motion = locked(id);
        requireState(motion, State.CLOSED);
        jdbc.sql("update governance.motion set state = 'PUBLISHED' where id = :id").param("id", id).update();
        events.publishEvent(new GovernanceChanged("governance.motionPublished", "motion", id.toString(),
                Boolean.TRUE.equals(motion.adopted()) ? "adopted" : "not adopted", currentActor.get()));
    }

    @Transactional(readOnly = true)
    public Optional<MotionView> find(UUID id) {
        return jdbc.sql("select * from governance.motion where id = :id").param("id", id).query(Voting::view).optional();
    }

    @Transactional(readOnly = true)
    public MotionView motion(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("motion"));
    }

    /** The motion as the public sees it: results only once published. */
    @Transactional(readOnly = true)
    public MotionView published(UUID id) {
        MotionView motion = motion(id);
        return motion.state() == State.PUBLISHED ? motion : motion.withoutResults();
    }

    @Transactional(readOnly = true)
    public List<MotionView> list() {
        return jdbc.sql("select * from governance.motion order by created_at desc, id").query(Voting::view).list();
    }

    @Transactional(readOnly = true)
    public List<MotionView> ofSession(UUID sessionId) {
        return jdbc.sql("select * from governance.motion where session_id = :s order by created_at, id")
                .param("s", sessionId).query(Voting::view).list();
    }

    /** Open motions the organization may vote on (itself or by proxy). */
    @Transactional(readOnly = true)
    public List<MotionView> openFor(UUID organizationId) {
        return jdbc.sql("""
                        select m.* from governance.motion m where m.state = 'OPEN' and exists
                          (select 1 from governance.motion_voter v where v.motion_id = m.id and v.organization_id = :o)
                        order by m.created_at""")
                .param("o", organizationId).query(Voting::view).list().stream().map(MotionView::withoutResults).toList();
    }

    @Transactional(readOnly = true)
    public boolean voted(UUID motionId, UUID organizationId) {
        return jdbc.sql("select exists (select 1 from governance.participation where motion_id = :m and organization_id = :o)")
                .param("m", motionId).param("o", organizationId).query(Boolean.class).single();
    }

    /** The organizations that gave their proxy to this one for the motion. */
    @Transactional(readOnly = true)
    public List<UUID> proxiesHeldBy(UUID motionId, UUID holderId) {
        return jdbc.sql("select giver_id from governance.proxy where motion_id = :m and holder_id = :h order by giver_id")
                .param("m", motionId).param("h", holderId).query(UUID.class).list();
    }

    /** Who voted (the audit of participation), by organization name; choices only for open ballots. */
    @Transactional(readOnly = true)
    public List<ParticipationView> participation(UUID motionId) {
        return jdbc.sql("select * from governance.participation where motion_id = :m").param("m", motionId)
                .query((rs, row) -> {
                    UUID organization = rs.getObject("organization_id", UUID.class);
                    return new ParticipationView(organization,
                            organizations.byId(organization).map(OrganizationView::name).orElse("?"),
                            rs.getObject("cast_by", UUID.class), Values.instant(rs, "cast_at"),
                            Values.enumOf(Choice.class, rs.getString("choice")));
                }).list().stream().sorted(java.util.Comparator.comparing(ParticipationView::organizationName)).toList();
    }

    private boolean entitled(UUID motionId, UUID organizationId) {
        return jdbc.sql("select exists (select 1 from governance.motion_voter where motion_id = :m and organization_id = :o)")
                .param("m", motionId).param("o", organizationId).query(Boolean.class).single();
    }

    private MotionView locked(UUID id) {
        return jdbc.sql("select * from governance.motion where id = :id for update").param("id", id)
                .query(Voting::view).optional().orElseThrow(() -> new NotFoundException("motion"));
    }

    private static void requireState(MotionView motion, State expected) {
        if (motion.state() != expected) {
            throw new InvalidInputException(null, "governance.error.motionState", motion.state().name());
        }
    }

    private static MotionView view(ResultSet rs, int row) throws SQLException {
        return new MotionView(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                Body.valueOf(rs.getString("body")), rs.getString("title"), rs.getString("text"),
                Rule.valueOf(rs.getString("rule")), QuorumBasis.valueOf(rs.getString("quorum_basis")),
                rs.getInt("quorum_percent"), rs.getBoolean("secret"), rs.getInt("proxy_limit"),
                Values.instant(rs, "deadline"), Values.enumOf(SubjectType.class, rs.getString("subject_type")),
                rs.getObject("subject_id", UUID.class), State.valueOf(rs.getString("state")),
                (Integer) rs.getObject("entitled"), (Integer) rs.getObject("present"), (Integer) rs.getObject("yes"),
                (Integer) rs.getObject("no"), (Integer) rs.getObject("abstain"),
                (Boolean) rs.getObject("quorum_reached"), (Boolean) rs.getObject("adopted"));
    }
}
