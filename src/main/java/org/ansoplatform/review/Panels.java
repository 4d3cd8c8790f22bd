package org.ansoplatform.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.review.ReviewOutcomes.PanelStatus;
import org.ansoplatform.review.SubjectSource.ScopeSummary;
import org.ansoplatform.review.SubjectSource.SubjectContent;
import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Panels: one per reviewed scope offered by a SubjectSource. The Secretariat sets a panel up (settings,
 * subjects loaded from the source, reviewers invited from the pool), reviewers accept or decline, and
 * reviewing opens once a verified assignment is stored. Conflicts are recomputed whenever subjects or
 * members change.
 */
@Service
@Transactional
public class Panels {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Map<String, SubjectSource> sources = new HashMap<>();
    private final Conflicts conflicts;
    private final Assignments assignments;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Panels(JdbcClient jdbc, JdbcTemplate template, List<SubjectSource> sources, Conflicts conflicts, Assignments assignments,
            CurrentActor actor, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        sources.forEach(source -> this.sources.put(source.scopeType(), source));
        this.conflicts = conflicts;
        this.assignments = assignments;
        this.actor = actor;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public record PanelView(UUID id, ReviewScope scope, LocalizedText title, PanelStatus status, int reviewersPerSubject,
            int minLoad, int maxLoad, double loadPenalty, boolean fairnessFloor, boolean conflictSameCountry,
            List<String> blindFields, List<String> conflictListFields, Instant reviewDeadline, String zone, int subjects,
            int invited, int accepted) {

        /** The deadline as a local date-time in the panel's zone, for forms; null when none is set. */
        public LocalDateTime localDeadline() {
            return reviewDeadline == null ? null : LocalDateTime.ofInstant(reviewDeadline, ZoneId.of(zone));
        }
    }

    /**
     * @param deadline the review deadline as a local date-time in {@code zone}, or null
     */
    public record Settings(int reviewersPerSubject, int minLoad, int maxLoad, double loadPenalty, boolean fairnessFloor,
            boolean conflictSameCountry, List<String> blindFields, List<String> conflictListFields, LocalDateTime deadline,
            String zone) {
    }

    public enum MemberStatus { INVITED, ACCEPTED, DECLINED, WITHDRAWN }

    public record MemberView(UUID reviewerId, UUID personId, String name, String email, String institution, String country,
            List<String> fields, MemberStatus status, int maxLoad, Instant invitedAt, Instant answeredAt) {
    }

    /** A reviewer's own view of one invitation. */
    public record InvitationView(UUID panelId, LocalizedText title, MemberStatus status, PanelStatus panelStatus,
            Instant reviewDeadline, String zone, int assigned) {
    }

    public record SubjectRow(UUID subjectId, String label, String track, String country, String institution, List<String> fields) {
    }

    /** A content item key panels may mark blind or show on the conflict list, with its label in the reader's language. */
    public record ContentKey(String key, String label) {
    }

    // reading

    @Transactional(readOnly = true)
    public List<ScopeSummary> openableScopes() {
        List<ScopeSummary> all = new ArrayList<>();
        for (SubjectSource source : sources.values()) {
            all.addAll(source.scopes());
        }
        var taken = new java.util.HashSet<>(jdbc.sql("select scope_type || ':' || scope_id from review.panel").query(String.class).list());
        return all.stream().filter(scope -> !taken.contains(scope.scope().type() + ":" + scope.scope().id())).toList();
    }

    @Transactional(readOnly = true)
    public List<PanelView> list() {
        return jdbc.sql(SELECT + " order by p.created_at desc").query(this::panel).list();
    }

    @Transactional(readOnly = true)
    public PanelView get(UUID id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::panel).optional()
                .orElseThrow(() -> new NotFoundException("panel " + id));
    }

    @Transactional(readOnly = true)
    public Optional<PanelView> forScope(ReviewScope scope) {
        return jdbc.sql(SELECT + " where p.scope_type = ? and p.scope_id = ?").params(scope.type(), scope.id()).query(this::panel)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<MemberView> members(UUID panelId) {
        return jdbc.sql("""
                select r.id, r.person_id, r.name, r.email, r.institution, r.country, r.fields, m.status,
                    coalesce(m.max_load, r.max_load) max_load, m.invited_at, m.answered_at
                from review.panel_member m join review.reviewer r on r.id = m.reviewer_id
                where m.panel_id = ? order by m.status, r.name""").param(panelId)
                .query((rs, n) -> new MemberView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), Reviewers.strings(rs.getArray(7)),
                        MemberStatus.valueOf(rs.getString(8)), rs.getInt(9), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11))))
                .list();
    }

    @Transactional(readOnly = true)
    public List<SubjectRow> subjects(UUID panelId) {
        return jdbc.sql("select subject_id, label, track, country, institution, fields from review.subject where panel_id = ? order by label")
                .param(panelId).query((rs, n) -> new SubjectRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), Reviewers.strings(rs.getArray(6)))).list();
    }

    /**
     * The panel's subject with this reference (its label, as shown everywhere; case and surrounding spaces
     * ignored), for forms that name a subject by typing it; refused on {@code field} when there is none.
     */
    @Transactional(readOnly = true)
    public UUID subjectByReference(UUID panelId, String reference, String field) {
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "review.subjectReference.error.empty");
        }
        List<UUID> found = jdbc.sql("""
                select subject_id from review.subject where panel_id = ? and lower(label) = lower(?) order by label = ? desc, subject_id limit 1""")
                .params(panelId, text, text).query(UUID.class).list();
        if (found.isEmpty()) {
            throw new InvalidInputException(field, "review.subjectReference.error.unknown", text);
        }
        return found.get(0);
    }

    /**
     * The keys a subject's content can show, for the blind and conflict-list settings: as the source declares
     * them, else from the first subject.
     */
    @Transactional(readOnly = true)
    public List<ContentKey> contentKeys(UUID panelId, Locale locale) {
        PanelView panel = get(panelId);
        List<SubjectSource.ContentKey> declared = source(panel.scope().type()).contentKeys(panel.scope().id(), locale);
        if (!declared.isEmpty()) {
            return declared.stream().map(key -> new ContentKey(key.key(), key.label())).toList();
        }
        Optional<UUID> first = jdbc.sql("select subject_id from review.subject where panel_id = ? order by label limit 1")
                .param(panelId).query(UUID.class).optional();
        if (first.isEmpty()) {
            return List.of();
        }
        return content(panel, first.get(), locale).map(content -> {
            List<ContentKey> keys = new ArrayList<>();
            content.items().forEach(item -> keys.add(new ContentKey(item.key(), item.label())));
            content.documents().forEach(document -> keys.add(new ContentKey(document.key(), document.label())));
            return keys.stream().collect(java.util.stream.Collectors.toMap(ContentKey::key, k -> k, (a, b) -> a,
                    java.util.LinkedHashMap::new)).values().stream().toList();
        }).orElse(List.of());
    }

    Optional<SubjectContent> content(PanelView panel, UUID subjectId, Locale locale) {
        return source(panel.scope().type()).content(panel.scope().id(), subjectId, locale);
    }

    /** The invitations of the signed-in reviewer (none when they are not in the pool). */
    @Transactional(readOnly = true)
    public List<InvitationView> invitations(UUID personId) {
        return jdbc.sql("""
                select p.id, p.title::text, m.status, p.status, p.review_deadline, p.zone,
                    (select count(*) from review.assignment a where a.panel_id = p.id and a.reviewer_id = r.id)
                from review.panel_member m join review.reviewer r on r.id = m.reviewer_id join review.panel p on p.id = m.panel_id
                where r.person_id = ? order by m.invited_at desc""").param(personId)
                .query((rs, n) -> new InvitationView(rs.getObject(1, UUID.class), text(rs.getString(2)),
                        MemberStatus.valueOf(rs.getString(3)), PanelStatus.valueOf(rs.getString(4)), instant(rs.getTimestamp(5)),
                        rs.getString(6), rs.getInt(7)))
                .list();
    }

    // changing

    /**
     * Opens a panel for a scope offered by a source; its title is the scope's. A scope that already has
     * a panel (a double click, two people at once) answers that panel's id.
     */
    public UUID open(String scopeType, UUID scopeId) {
        SubjectSource source = sources.get(scopeType);
        ScopeSummary scope = source == null || scopeId == null ? null : source.scope(scopeId).orElse(null);
        if (scope == null) {
            throw new InvalidInputException("scope", "review.panel.error.scope");
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into review.panel (id, scope_type, scope_id, title, created_at) values (?, ?, ?, ?::jsonb, ?)
                on conflict (scope_type, scope_id) do nothing""")
                .params(id, scopeType, scopeId, json.writeValueAsString(scope.title()), Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            return jdbc.sql("select id from review.panel where scope_type = ? and scope_id = ?").params(scopeType, scopeId)
                    .query(UUID.class).single();
        }
        return id;
    }

    public void configure(UUID panelId, Settings settings) {
        PanelView panel = lock(panelId);
        List<Violation> violations = new ArrayList<>();
        if (panel.status() != PanelStatus.SETUP && changesSetup(panel, settings)) {
            violations.add(new Violation(null, "review.panel.error.notSetup"));
        }
        if (settings.reviewersPerSubject() < 1 || settings.reviewersPerSubject() > 10) {
            violations.add(new Violation("reviewersPerSubject", "review.panel.error.k", 1, 10));
        }
        if (settings.minLoad() < 0) {
            violations.add(new Violation("minLoad", "review.panel.error.minLoad"));
        }
        if (settings.maxLoad() < 1 || settings.maxLoad() > 1000) {
            violations.add(new Violation("maxLoad", "review.panel.error.maxLoad", 1, 1000));
        } else if (settings.minLoad() > settings.maxLoad()) {
            violations.add(new Violation("minLoad", "review.panel.error.minAboveMax"));
        }
        if (!(settings.loadPenalty() >= 0 && settings.loadPenalty() <= 1)) {
            violations.add(new Violation("loadPenalty", "review.panel.error.penalty"));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(settings.zone() == null || settings.zone().isBlank() ? "Asia/Shanghai" : settings.zone().strip());
        } catch (DateTimeException e) {
            violations.add(new Violation("zone", "review.panel.error.zone"));
        }
        String[] blind = keys(settings.blindFields());
        String[] listed = keys(settings.conflictListFields());
        checkKeys(panel, "blindFields", blind, panel.blindFields(), violations);
        checkKeys(panel, "conflictListFields", listed, panel.conflictListFields(), violations);
        Instant deadline = settings.deadline() == null || zone == null ? null : settings.deadline().atZone(zone).toInstant();
        if (deadline != null && deadline.isBefore(clock.instant()) && !deadline.equals(panel.reviewDeadline())) {
            violations.add(new Violation("deadline", "review.panel.error.deadlinePast"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                update review.panel set reviewers_per_subject = ?, min_load = ?, max_load = ?, load_penalty = ?, fairness_floor = ?,
                    conflict_same_country = ?, blind_fields = ?, conflict_list_fields = ?, review_deadline = ?, zone = ?,
                    version = version + 1 where id = ?""")
                .params(settings.reviewersPerSubject(), settings.minLoad(), settings.maxLoad(), settings.loadPenalty(),
                        settings.fairnessFloor(), settings.conflictSameCountry(), blind, listed, deadline == null ? null : Timestamp.from(deadline), zone.getId(), panelId)
                .update();
        if (settings.conflictSameCountry() != panel.conflictSameCountry()) {
            conflicts.recompute(panelId);
        }
    }

    private static boolean changesSetup(PanelView panel, Settings s) {
        return s.reviewersPerSubject() != panel.reviewersPerSubject() || s.minLoad() != panel.minLoad() || s.maxLoad() != panel.maxLoad()
                || s.loadPenalty() != panel.loadPenalty() || s.fairnessFloor() != panel.fairnessFloor()
                || s.conflictSameCountry() != panel.conflictSameCountry();
    }

    static final int MAX_KEYS = 50;
    static final int MAX_KEY_LENGTH = 100;

    /**
     * Blind and conflict-list fields: at most {@link #MAX_KEYS} keys of at most {@link #MAX_KEY_LENGTH}
     * characters; once subjects are loaded only keys their content shows (or already stored ones).
     */
    private void checkKeys(PanelView panel, String field, String[] keys, List<String> stored, List<Violation> violations) {
        if (keys.length > MAX_KEYS) {
            violations.add(new Violation(field, "review.panel.error.keyCount", MAX_KEYS));
            return;
        }
        for (String key : keys) {
            if (key.length() > MAX_KEY_LENGTH) {
                violations.add(new Violation(field, "review.panel.error.keyLength", MAX_KEY_LENGTH));
                return;
            }
        }
        if (keys.length == 0 || panel.subjects() == 0) {
            return;
        }
        java.util.Set<String> known = new java.util.HashSet<>(stored);
        contentKeys(panel.id(), Locale.ENGLISH).forEach(key -> known.add(key.key()));
        for (String key : keys) {
            if (!known.contains(key)) {
                violations.add(new Violation(field, "review.panel.error.unknownKey", key));
            }
        }
    }

    private static String[] keys(List<String> keys) {
        return keys == null ? new String[0] : new LinkedHashSet<>(keys.stream().filter(k -> k != null && !k.isBlank())
                .map(String::strip).toList()).toArray(String[]::new);
    }

    /**
     * Loads (or refreshes, while in SETUP) the panel's subjects from their source: new ones are added,
     * changed facts updated, subjects no longer offered removed with their conflicts, pins and assignments.
     * Returns the number of subjects.
     */
    public int loadSubjects(UUID panelId) {
        PanelView panel = lock(panelId);
        if (panel.status() != PanelStatus.SETUP) {
            throw new InvalidInputException(null, "review.panel.error.notSetup");
        }
        List<SubjectFacts> facts = source(panel.scope().type()).subjects(panel.scope().id());
        int n = facts.size();
        UUID[] ids = new UUID[n];
        String[] types = new String[n];
        String[] labels = new String[n];
        String[] tracks = new String[n];
        String[] countries = new String[n];
        String[] institutions = new String[n];
        UUID[] organizations = new UUID[n];
        String[] fields = new String[n];
        String[] people = new String[n];
        for (int i = 0; i < n; i++) {
            SubjectFacts f = facts.get(i);
            ids[i] = f.subject().id();
            types[i] = f.subject().type();
            labels[i] = truncate(f.label(), 200);
            tracks[i] = f.track();
            countries[i] = f.country();
            institutions[i] = truncate(f.institution() == null ? "" : f.institution(), 300);
            organizations[i] = f.organizationId();
            fields[i] = json.writeValueAsString(f.fields());
            people[i] = json.writeValueAsString(List.copyOf(f.people()));
        }
        Timestamp now = Timestamp.from(clock.instant());
        template.update("delete from review.subject where panel_id = ? and not (subject_id = any (?))", ps -> {
            ps.setObject(1, panelId);
            ps.setArray(2, ps.getConnection().createArrayOf("uuid", ids));
        });
        template.update("""
                insert into review.subject (panel_id, subject_type, subject_id, label, track, country, institution, organization_id,
                    fields, people, loaded_at)
                select ?, t, i, l, tr, c, inst, o,
                    array(select jsonb_array_elements_text(f::jsonb)), array(select jsonb_array_elements_text(pe::jsonb)), ?
                from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[])
                    as x(i, t, l, tr, c, inst, o, f, pe)
                on conflict (panel_id, subject_id) do update set label = excluded.label, track = excluded.track,
                    country = excluded.country, institution = excluded.institution, organization_id = excluded.organization_id,
                    fields = excluded.fields, people = excluded.people, loaded_at = excluded.loaded_at""",
                ps -> {
                    var c = ps.getConnection();
                    ps.setObject(1, panelId);
                    ps.setTimestamp(2, now);
                    ps.setArray(3, c.createArrayOf("uuid", ids));
                    ps.setArray(4, c.createArrayOf("text", types));
                    ps.setArray(5, c.createArrayOf("text", labels));
                    ps.setArray(6, c.createArrayOf("text", tracks));
                    ps.setArray(7, c.createArrayOf("text", countries));
                    ps.setArray(8, c.createArrayOf("text", institutions));
                    ps.setArray(9, c.createArrayOf("uuid", organizations));
                    ps.setArray(10, c.createArrayOf("text", fields));
                    ps.setArray(11, c.createArrayOf("text", people));
                });
        conflicts.recompute(panelId);
        return n;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Invites reviewers of the pool (again, after a decline); those already invited or accepted are left alone. */
    public int invite(UUID panelId, List<UUID> reviewerIds) {
        PanelView panel = lock(panelId);
        if (panel.status() == PanelStatus.CLOSED) {
            throw new InvalidInputException(null, "review.panel.error.closed");
        }
        if (reviewerIds == null || reviewerIds.isEmpty()) {
            throw new InvalidInputException("reviewers", "review.panel.error.noReviewers");
        }
        int invited = 0;
        Timestamp now = Timestamp.from(clock.instant());
        for (UUID reviewerId : new LinkedHashSet<>(reviewerIds)) {
            Optional<UUID> person = jdbc.sql("select person_id from review.reviewer where id = ? and active").param(reviewerId)
                    .query(UUID.class).optional();
            if (person.isEmpty()) {
                throw new InvalidInputException("reviewers", "review.panel.error.unknownReviewer");
            }
            int changed = jdbc.sql("""
                    insert into review.panel_member (panel_id, reviewer_id, status, invited_at) values (?, ?, 'INVITED', ?)
                    on conflict (panel_id, reviewer_id) do update set status = 'INVITED', invited_at = excluded.invited_at,
                        answered_at = null where panel_member.status in ('DECLINED', 'WITHDRAWN')""")
                    .params(panelId, reviewerId, now).update();
            if (changed > 0) {
                invited++;
                events.publishEvent(new ReviewerInvited(panelId, reviewerId, person.get(), panel.title(), actor.get()));
            }
        }
        if (invited > 0) {
            conflicts.recompute(panelId);
        }
        return invited;
    }

    /** The invited reviewer accepts or declines; someone else's invitation answers 404. */
    public void answer(UUID personId, UUID panelId, boolean accept) {
        UUID reviewerId = memberOf(personId, panelId).orElseThrow(() -> new NotFoundException("invitation"));
        PanelView panel = lock(panelId);
        String status = jdbc.sql("select status from review.panel_member where panel_id = ? and reviewer_id = ?")
                .params(panelId, reviewerId).query(String.class).single();
        if (panel.status() == PanelStatus.CLOSED || status.equals("WITHDRAWN")
                || (!accept && status.equals("ACCEPTED") && assignedCount(panelId, reviewerId) > 0)) {
            throw new InvalidInputException(null, "review.invitation.error.tooLate");
        }
        jdbc.sql("update review.panel_member set status = ?, answered_at = ? where panel_id = ? and reviewer_id = ?")
                .params(accept ? "ACCEPTED" : "DECLINED", Timestamp.from(clock.instant()), panelId, reviewerId).update();
    }

    private int assignedCount(UUID panelId, UUID reviewerId) {
        return jdbc.sql("select count(*) from review.assignment where panel_id = ? and reviewer_id = ?").params(panelId, reviewerId)
                .query(Integer.class).single();
    }

    /** The reviewer id of a person who is a member of the panel (any status). */
    @Transactional(readOnly = true)
    public Optional<UUID> memberOf(UUID personId, UUID panelId) {
        if (personId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select r.id from review.panel_member m join review.reviewer r on r.id = m.reviewer_id
                where r.person_id = ? and m.panel_id = ?""").params(personId, panelId).query(UUID.class).optional();
    }

    /**
     * The Secretariat withdraws a reviewer who dropped out: the member becomes WITHDRAWN and, when an
     * assignment exists, only the subjects that lose them get new reviewers. While the panel is reviewing,
     * each reviewer who gained subjects is told by email (ReviewersReassigned). Returns the re-assignment,
     * if one was needed.
     */
    public Optional<Assignments.RunSummary> withdraw(UUID panelId, UUID reviewerId) {
        PanelView panel = lock(panelId);
        if (panel.status() == PanelStatus.CLOSED) {
            throw new InvalidInputException(null, "review.panel.error.closed");
        }
        int changed = jdbc.sql("""
                update review.panel_member set status = 'WITHDRAWN', answered_at = ? where panel_id = ? and reviewer_id = ?
                and status <> 'WITHDRAWN'""").params(Timestamp.from(clock.instant()), panelId, reviewerId).update();
        if (changed == 0) {
            throw new NotFoundException("panel member");
        }
        if (assignedCount(panelId, reviewerId) == 0) {
            return Optional.empty();
        }
        Assignments.RunSummary summary = assignments.reassign(panelId, List.of(reviewerId));
        if (!summary.feasible()) {
            // nothing may change when the remaining reviewers cannot take over: the withdrawal is refused too
            throw new Assignments.Infeasible(summary);
        }
        if (panel.status() == PanelStatus.REVIEWING) {
            // the pairs the run added carry its id (kept pairs keep theirs): one email per reviewer who gained some
            List<ReviewingOpened.Assigned> gained = jdbc.sql("""
                    select r.person_id, count(*) from review.assignment a join review.reviewer r on r.id = a.reviewer_id
                    where a.panel_id = ? and a.run_id = ? group by r.person_id order by r.person_id""")
                    .params(panelId, summary.runId())
                    .query((rs, n) -> new ReviewingOpened.Assigned(rs.getObject(1, UUID.class), rs.getInt(2))).list();
            if (!gained.isEmpty()) {
                events.publishEvent(new ReviewersReassigned(panelId, summary.runId(), panel.scope(), panel.title(), gained,
                        panel.reviewDeadline(), panel.zone()));
            }
        }
        return Optional.of(summary);
    }

    /**
     * SETUP to REVIEWING: needs a stored assignment that still holds after any change since it ran
     * (conflicts recomputed first): every subject has exactly k assigned reviewers, none conflicted, all
     * accepted members with loads within bounds. Tells every assigned reviewer.
     */
    public void openReviewing(UUID panelId) {
        PanelView panel = lock(panelId);
        if (panel.status() != PanelStatus.SETUP) {
            throw new InvalidInputException(null, "review.panel.error.notSetup");
        }
        conflicts.recompute(panelId);
        int pairs = jdbc.sql("select count(*) from review.assignment where panel_id = ?").param(panelId).query(Integer.class).single();
        if (pairs == 0) {
            throw new InvalidInputException(null, "review.panel.error.noAssignment");
        }
        int conflicted = jdbc.sql("""
                select count(*) from review.assignment a where a.panel_id = ? and exists (select 1 from review.conflict c
                where c.panel_id = a.panel_id and c.subject_id = a.subject_id and c.reviewer_id = a.reviewer_id)""")
                .param(panelId).query(Integer.class).single();
        if (conflicted > 0) {
            throw new InvalidInputException(null, "review.panel.error.conflictedAssignment", conflicted);
        }
        int incomplete = jdbc.sql("""
                select count(*) from review.subject s where s.panel_id = ? and (select count(*) from review.assignment a
                where a.panel_id = s.panel_id and a.subject_id = s.subject_id) <> ?""")
                .params(panelId, panel.reviewersPerSubject()).query(Integer.class).single();
        if (incomplete > 0) {
            throw new InvalidInputException(null, "review.panel.error.staleSubjects", incomplete, panel.reviewersPerSubject());
        }
        int offBounds = jdbc.sql("""
                select count(*) from (select r.id, m.status, count(a.subject_id) load,
                    least(coalesce(m.max_load, r.max_load), p.max_load) cap, p.min_load
                from review.panel_member m join review.reviewer r on r.id = m.reviewer_id join review.panel p on p.id = m.panel_id
                left join review.assignment a on a.panel_id = m.panel_id and a.reviewer_id = m.reviewer_id
                where m.panel_id = ? group by r.id, m.status, m.max_load, r.max_load, p.max_load, p.min_load) x
                where (x.status = 'ACCEPTED' and (x.load > x.cap or x.load < least(x.min_load, x.cap)))
                    or (x.status <> 'ACCEPTED' and x.load > 0)""")
                .param(panelId).query(Integer.class).single();
        if (offBounds > 0) {
            throw new InvalidInputException(null, "review.panel.error.staleLoads", offBounds);
        }
        if (panel.reviewDeadline() == null) {
            throw new InvalidInputException("deadline", "review.panel.error.noDeadline");
        }
        jdbc.sql("update review.panel set status = 'REVIEWING', version = version + 1 where id = ?").param(panelId).update();
        List<ReviewingOpened.Assigned> reviewers = jdbc.sql("""
                select r.person_id, count(*) from review.assignment a join review.reviewer r on r.id = a.reviewer_id
                where a.panel_id = ? group by r.person_id""").param(panelId)
                .query((rs, n) -> new ReviewingOpened.Assigned(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        events.publishEvent(new ReviewingOpened(panelId, panel.scope(), panel.title(), reviewers, panel.reviewDeadline(),
                panel.zone(), actor.get()));
    }

    PanelView lock(UUID panelId) {
        jdbc.sql("select id from review.panel where id = ? for update").param(panelId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("panel " + panelId));
        return get(panelId);
    }

    SubjectSource source(String scopeType) {
        SubjectSource source = sources.get(scopeType);
        if (source == null) {
            throw new NotFoundException("subject source " + scopeType);
        }
        return source;
    }

    private static final String SELECT = """
            select p.id, p.scope_type, p.scope_id, p.title::text, p.status, p.reviewers_per_subject, p.min_load, p.max_load,
                p.load_penalty, p.fairness_floor, p.conflict_same_country, p.blind_fields, p.conflict_list_fields,
                p.review_deadline, p.zone,
                (select count(*) from review.subject s where s.panel_id = p.id) subjects,
                (select count(*) from review.panel_member m where m.panel_id = p.id and m.status = 'INVITED') invited,
                (select count(*) from review.panel_member m where m.panel_id = p.id and m.status = 'ACCEPTED') accepted
            from review.panel p""";

    private PanelView panel(ResultSet rs, int n) throws SQLException {
        return new PanelView(rs.getObject("id", UUID.class), new ReviewScope(rs.getString("scope_type"), rs.getObject("scope_id", UUID.class)),
                text(rs.getString("title")), PanelStatus.valueOf(rs.getString("status")), rs.getInt("reviewers_per_subject"),
                rs.getInt("min_load"), rs.getInt("max_load"), rs.getDouble("load_penalty"), rs.getBoolean("fairness_floor"),
                rs.getBoolean("conflict_same_country"), Reviewers.strings(rs.getArray("blind_fields")),
                Reviewers.strings(rs.getArray("conflict_list_fields")), instant(rs.getTimestamp("review_deadline")), rs.getString("zone"),
                rs.getInt("subjects"), rs.getInt("invited"), rs.getInt("accepted"));
    }

    private LocalizedText text(String value) {
        return LocalizedText.of(json.readValue(value, new TypeReference<Map<String, String>>() { }));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
