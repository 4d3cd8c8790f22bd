package org.ansoplatform.review.panels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.panels.PanelQueries.MemberStatus;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The stored assignment as the panel page and the API show it: the last run, pairs, loads, pins and bans. */
@Service
@Transactional(readOnly = true)
public class AssignmentQueries {

    private final JdbcClient jdbc;
    private final AssignmentStore store;
    private final JsonMapper json;

    AssignmentQueries(JdbcClient jdbc, AssignmentStore store, JsonMapper json) {
        this.jdbc = jdbc;
        this.store = store;
        this.json = json;
    }

    /** A pair; the reviewer's institution and country tell two reviewers of the same name apart. */
    public record PairView(UUID subjectId, String subjectLabel, UUID reviewerId, String reviewerName, double affinity, boolean pinned,
            String institution, String country) {
    }

    public record LoadView(UUID reviewerId, String name, MemberStatus status, int load, int maxLoad, double meanAffinity,
            String institution, String country) {
    }

    /**
     * The run in an admissions officer's terms: how many assigned subjects have fewer than the {@code k} reviewers
     * asked for, how many have a reviewer of their exact field (affinity 1.0), and the busiest and least busy
     * accepted reviewers (null when none).
     */
    public record PlainSummary(int subjects, int k, int fewer, int exactField, LoadView busiest, LoadView leastBusy) {
    }

    /** Affinity 1.0 is the exact field, 0.4 the same area only (docs/review.md); below that the pair was pinned. */
    public static final double EXACT_FIELD = 0.999;
    public static final double SAME_AREA = 0.399;

    public PlainSummary plainSummary(UUID panelId) {
        record Counts(int subjects, int k, int fewer, int exact) {
        }
        Counts counts = jdbc.sql("""
                with per as (select a.subject_id, count(*) reviewers, max(a.affinity) best from review.assignment a
                    where a.panel_id = :panel group by a.subject_id)
                select (select count(*) from per) subjects, p.reviewers_per_subject k,
                    (select count(*) from per where per.reviewers < p.reviewers_per_subject) fewer,
                    (select count(*) from per where per.best >= :exact) exact
                from review.panel p where p.id = :panel""")
                .param("panel", panelId).param("exact", EXACT_FIELD)
                .query((rs, n) -> new Counts(rs.getInt("subjects"), rs.getInt("k"), rs.getInt("fewer"), rs.getInt("exact"))).single();
        List<LoadView> accepted = loads(panelId).stream().filter(load -> load.status() == MemberStatus.ACCEPTED).toList();
        // loads come busiest first, so the first and last accepted members are the two ends
        return new PlainSummary(counts.subjects(), counts.k(), counts.fewer(), counts.exact(),
                accepted.isEmpty() ? null : accepted.get(0), accepted.isEmpty() ? null : accepted.get(accepted.size() - 1));
    }

    public record PairingView(UUID subjectId, String subjectLabel, UUID reviewerId, String reviewerName, PairingKind kind) {
    }

    /** One assigned subject with its reviewers, best affinity first. */
    public record SubjectPairs(UUID subjectId, String label, List<PairView> pairs) {
    }

    public Optional<RunSummary> latest(UUID panelId) {
        return jdbc.sql("select id, kind, feasible, run_at, summary::text summary from review.assignment_run where panel_id = :panel"
                + " order by run_at desc limit 1")
                .param("panel", panelId)
                .query((rs, n) -> new RunSummary(Rows.uuid(rs, "id"), panelId, rs.getString("kind"), rs.getBoolean("feasible"),
                        Rows.instant(rs, "run_at"), json.readValue(rs.getString("summary"), RunSummary.Summary.class), List.of()))
                .optional();
    }

    /**
     * Assigned pairs that have a conflict of interest now (a relation or profile changed after the run):
     * their reviewer no longer sees the subject, until a new run (SETUP) or their withdrawal (REVIEWING).
     */
    public int conflictedPairs(UUID panelId) {
        return store.conflictedAssignedPairs(panelId);
    }

    public List<PairView> pairs(UUID panelId) {
        return jdbc.sql("""
                select a.subject_id, s.label, a.reviewer_id, r.name, r.institution, r.country, a.affinity, a.pinned from review.assignment a
                join review.subject s on s.panel_id = a.panel_id and s.subject_id = a.subject_id join review.reviewer r on r.id = a.reviewer_id
                where a.panel_id = :panel order by s.label, a.affinity desc, r.name""").param("panel", panelId)
                .query((rs, n) -> pair(rs)).list();
    }

    private static PairView pair(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PairView(Rows.uuid(rs, "subject_id"), rs.getString("label"), Rows.uuid(rs, "reviewer_id"), rs.getString("name"),
                rs.getDouble("affinity"), rs.getBoolean("pinned"), rs.getString("institution"), rs.getString("country"));
    }

    /** Page {@code page} (from 0) of at most {@code size} assigned subjects (by label): only their pairs are read. */
    public PageResult<SubjectPairs> pairPage(UUID panelId, int page, int size) {
        int total = jdbc.sql("select count(distinct subject_id) from review.assignment where panel_id = :panel").param("panel", panelId)
                .query(Integer.class).single();
        int pages = Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(0, page), pages - 1);
        Map<UUID, SubjectPairs> bySubject = new LinkedHashMap<>();
        jdbc.sql("""
                with shown as (select s.subject_id, s.label from review.subject s where s.panel_id = :panel
                    and exists (select 1 from review.assignment a where a.panel_id = s.panel_id and a.subject_id = s.subject_id)
                    order by s.label, s.subject_id limit :limit offset :offset)
                select a.subject_id, shown.label, a.reviewer_id, r.name, r.institution, r.country, a.affinity, a.pinned from shown
                join review.assignment a on a.panel_id = :panel and a.subject_id = shown.subject_id join review.reviewer r on r.id = a.reviewer_id
                order by shown.label, shown.subject_id, a.affinity desc, r.name""")
                .param("panel", panelId).param("limit", size).param("offset", current * size)
                .query((rs, n) -> pair(rs)).list()
                .forEach(pair -> bySubject.computeIfAbsent(pair.subjectId(), k -> new SubjectPairs(k, pair.subjectLabel(), new ArrayList<>()))
                        .pairs().add(pair));
        return new PageResult<>(List.copyOf(bySubject.values()), current, size, total);
    }

    public List<LoadView> loads(UUID panelId) {
        return jdbc.sql("""
                select r.id, r.name, r.institution, r.country, m.status, count(a.subject_id) load, least(coalesce(m.max_load, r.max_load), p.max_load) cap,
                    coalesce(avg(a.affinity), 0) mean
                from review.panel_member m join review.reviewer r on r.id = m.reviewer_id join review.panel p on p.id = m.panel_id
                left join review.assignment a on a.panel_id = m.panel_id and a.reviewer_id = m.reviewer_id
                where m.panel_id = :panel and m.status in (:accepted, :withdrawn)
                group by r.id, r.name, r.institution, r.country, m.status, m.max_load, r.max_load, p.max_load order by count(a.subject_id) desc, r.name""")
                .param("panel", panelId).param("accepted", MemberStatus.ACCEPTED.name()).param("withdrawn", MemberStatus.WITHDRAWN.name())
                .query((rs, n) -> new LoadView(Rows.uuid(rs, "id"), rs.getString("name"), Rows.enumValue(rs, "status", MemberStatus.class),
                        rs.getInt("load"), rs.getInt("cap"), rs.getDouble("mean"), rs.getString("institution"), rs.getString("country")))
                .list();
    }

    public List<PairingView> pairings(UUID panelId) {
        return jdbc.sql("""
                select p.subject_id, s.label, p.reviewer_id, r.name, p.kind from review.pairing p
                join review.subject s on s.panel_id = p.panel_id and s.subject_id = p.subject_id join review.reviewer r on r.id = p.reviewer_id
                where p.panel_id = :panel order by s.label, r.name""").param("panel", panelId)
                .query((rs, n) -> new PairingView(Rows.uuid(rs, "subject_id"), rs.getString("label"), Rows.uuid(rs, "reviewer_id"),
                        rs.getString("name"), Rows.enumValue(rs, "kind", PairingKind.class)))
                .list();
    }
}
