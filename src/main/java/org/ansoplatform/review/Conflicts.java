package org.ansoplatform.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.review.Reviewers.Relation;
import org.ansoplatform.review.Reviewers.RelationKind;
import org.ansoplatform.review.SubjectSource.SubjectContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts of interest of a panel. Automatic ones (same institution, the nominating organization among
 * the reviewer's declared organizations, same country when the panel says so, a declared relation
 * matching a subject's people or institution) are recomputed whenever subjects or members change;
 * reviewers declare their own on a list that shows only the panel's conflict-list fields; the
 * Secretariat may add one. A pair with any conflict is never assigned and never readable.
 */
@Service
@Transactional
public class Conflicts {

    static final Set<String> AUTOMATIC = Set.of("INSTITUTION", "ORGANIZATION", "COUNTRY", "RELATION");
    static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Reviewers reviewers;
    private final Map<String, SubjectSource> sources = new HashMap<>();
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conflicts(JdbcClient jdbc, JdbcTemplate template, Reviewers reviewers, List<SubjectSource> sources, CurrentActor actor,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.reviewers = reviewers;
        sources.forEach(source -> this.sources.put(source.scopeType(), source));
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    public record ConflictView(UUID subjectId, String subjectLabel, UUID reviewerId, String reviewerName, String source,
            String reason, Instant recordedAt) {
    }

    /** One line of a reviewer's declaration list: only the panel's conflict-list fields, never blind ones. */
    public record DeclarationRow(UUID subjectId, String label, List<SubjectContent.Item> shown, boolean declared, String reason,
            boolean excluded) {
    }

    public record DeclarationPage(List<DeclarationRow> rows, int page, int pages, boolean mayChange) {
    }

    /** Is the pair conflicted for any reason? For guards on pages and endpoints that show a subject. */
    @Transactional(readOnly = true)
    public boolean isConflicted(UUID panelId, UUID subjectId, UUID reviewerId) {
        return jdbc.sql("select exists (select 1 from review.conflict where panel_id = ? and subject_id = ? and reviewer_id = ?)")
                .params(panelId, subjectId, reviewerId).query(Boolean.class).single();
    }

    @Transactional(readOnly = true)
    public List<ConflictView> ofPanel(UUID panelId) {
        return jdbc.sql("""
                select c.subject_id, s.label, c.reviewer_id, r.name, c.source, c.reason, c.recorded_at
                from review.conflict c join review.subject s on s.panel_id = c.panel_id and s.subject_id = c.subject_id
                join review.reviewer r on r.id = c.reviewer_id
                where c.panel_id = ? order by s.label, r.name, c.source""").param(panelId)
                .query((rs, n) -> new ConflictView(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** One page of a panel's conflicts, newest first, with the count of each source over the whole panel. */
    public record ConflictPage(List<ConflictView> rows, Map<String, Integer> bySource, int total, int page, int pages) {
    }

    /** Page {@code page} (from 1) of at most {@code size} conflicts, newest first; only that page is read. */
    @Transactional(readOnly = true)
    public ConflictPage page(UUID panelId, int page, int size) {
        Map<String, Integer> bySource = new LinkedHashMap<>();
        jdbc.sql("select source, count(*) from review.conflict where panel_id = ? group by source order by source").param(panelId)
                .query((rs, n) -> bySource.put(rs.getString(1), rs.getInt(2))).list();
        int total = bySource.values().stream().mapToInt(Integer::intValue).sum();
        int pages = Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(1, page), pages);
        List<ConflictView> rows = jdbc.sql("""
                select c.subject_id, s.label, c.reviewer_id, r.name, c.source, c.reason, c.recorded_at
                from review.conflict c join review.subject s on s.panel_id = c.panel_id and s.subject_id = c.subject_id
                join review.reviewer r on r.id = c.reviewer_id
                where c.panel_id = ? order by c.recorded_at desc, s.label, r.name, c.source limit ? offset ?""")
                .params(panelId, size, (current - 1) * size)
                .query((rs, n) -> new ConflictView(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
        return new ConflictPage(rows, bySource, total, current, pages);
    }

    /** Replaces the panel's automatic conflicts by the ones its current subjects and members give. */
    void recompute(UUID panelId) {
        boolean sameCountry = jdbc.sql("select conflict_same_country from review.panel where id = ?").param(panelId)
                .query(Boolean.class).single();
        Map<String, List<UUID>> byInstitution = new HashMap<>();
        Map<String, List<UUID>> byCountry = new HashMap<>();
        Map<String, List<UUID>> byOrganization = new HashMap<>();
        Map<String, List<UUID>> byRelatedInstitution = new HashMap<>();
        Map<String, List<UUID>> byPerson = new HashMap<>();
        jdbc.sql("""
                select r.id, r.institution, r.country, r.relations::text, r.email from review.panel_member m
                join review.reviewer r on r.id = m.reviewer_id where m.panel_id = ?""").param(panelId).query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    add(byInstitution, Normalized.key(rs.getString(2)), id);
                    // the reviewer is one of a subject's people (its applicant or a referee): always a conflict
                    add(byPerson, Normalized.key(rs.getString(5)), id);
                    add(byCountry, rs.getString(3), id);
                    for (Relation relation : reviewers.relations(rs.getString(4))) {
                        switch (relation.kind()) {
                            case ORGANIZATION -> add(byOrganization, relation.value().toLowerCase(Locale.ROOT), id);
                            case INSTITUTION -> add(byRelatedInstitution, Normalized.key(relation.value()), id);
                            case PERSON -> add(byPerson, Normalized.key(relation.value()), id);
                        }
                    }
                });
        List<UUID> subjects = new ArrayList<>();
        List<UUID> reviewerIds = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        jdbc.sql("select subject_id, institution, country, organization_id, people from review.subject where panel_id = ?")
                .param(panelId).query(rs -> {
                    UUID subject = rs.getObject(1, UUID.class);
                    String institution = Normalized.key(rs.getString(2));
                    Map<String, String> found = new LinkedHashMap<>();
                    for (UUID r : byInstitution.getOrDefault(institution, List.of())) {
                        found.putIfAbsent(r + "|INSTITUTION", rs.getString(2));
                    }
                    for (UUID r : byRelatedInstitution.getOrDefault(institution, List.of())) {
                        found.putIfAbsent(r + "|RELATION", rs.getString(2));
                    }
                    if (sameCountry && rs.getString(3) != null) {
                        for (UUID r : byCountry.getOrDefault(rs.getString(3), List.of())) {
                            found.putIfAbsent(r + "|COUNTRY", rs.getString(3));
                        }
                    }
                    UUID organization = rs.getObject(4, UUID.class);
                    if (organization != null) {
                        for (UUID r : byOrganization.getOrDefault(organization.toString(), List.of())) {
                            found.putIfAbsent(r + "|ORGANIZATION", organization.toString());
                        }
                    }
                    if (!byPerson.isEmpty()) {
                        for (String person : Reviewers.strings(rs.getArray(5))) {
                            for (UUID r : byPerson.getOrDefault(Normalized.key(person), List.of())) {
                                found.putIfAbsent(r + "|RELATION", person);
                            }
                        }
                    }
                    found.forEach((key, reason) -> {
                        int bar = key.indexOf('|');
                        subjects.add(subject);
                        reviewerIds.add(UUID.fromString(key.substring(0, bar)));
                        kinds.add(key.substring(bar + 1));
                        reasons.add(reason == null ? "" : reason.length() > 2000 ? reason.substring(0, 2000) : reason);
                    });
                });
        jdbc.sql("delete from review.conflict where panel_id = ? and source in ('INSTITUTION', 'ORGANIZATION', 'COUNTRY', 'RELATION')")
                .param(panelId).update();
        if (!subjects.isEmpty()) {
            Timestamp now = Timestamp.from(clock.instant());
            template.update("""
                    insert into review.conflict (panel_id, subject_id, reviewer_id, source, reason, recorded_at)
                    select ?, s, r, k, why, ? from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[]) as x(s, r, k, why)
                    on conflict do nothing""", ps -> {
                        var c = ps.getConnection();
                        ps.setObject(1, panelId);
                        ps.setTimestamp(2, now);
                        ps.setArray(3, c.createArrayOf("uuid", subjects.toArray()));
                        ps.setArray(4, c.createArrayOf("uuid", reviewerIds.toArray()));
                        ps.setArray(5, c.createArrayOf("text", kinds.toArray()));
                        ps.setArray(6, c.createArrayOf("text", reasons.toArray()));
                    });
        }
    }

    /**
     * Recomputes the automatic conflicts of every panel (not closed) a reviewer belongs to, after their
     * profile or relations changed; the panels are locked in id order.
     */
    void recomputePanelsOf(UUID reviewerId) {
        jdbc.sql("""
                select p.id from review.panel p join review.panel_member m on m.panel_id = p.id
                where m.reviewer_id = ? and p.status <> 'CLOSED' order by p.id for update of p""").param(reviewerId)
                .query(UUID.class).list().forEach(this::recompute);
    }

    private static void add(Map<String, List<UUID>> index, String key, UUID reviewer) {
        if (key != null && !key.isBlank()) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(reviewer);
        }
    }

    // declarations by reviewers

    /** The subjects an accepted reviewer may declare conflicts on, a page of {@link #PAGE}; 404 for anyone else. */
    @Transactional(readOnly = true)
    public DeclarationPage declarations(UUID personId, UUID panelId, int page, Locale locale) {
        UUID reviewerId = acceptedReviewer(personId, panelId);
        var panel = jdbc.sql("select scope_type, scope_id, blind_fields, conflict_list_fields, status from review.panel where id = ?")
                .param(panelId).query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, UUID.class),
                        Reviewers.strings(rs.getArray(3)), Reviewers.strings(rs.getArray(4)), rs.getString(5)}).single();
        @SuppressWarnings("unchecked")
        List<String> blind = (List<String>) panel[2];
        @SuppressWarnings("unchecked")
        List<String> shownKeys = ((List<String>) panel[3]).stream().filter(key -> !blind.contains(key)).toList();
        int total = jdbc.sql("select count(*) from review.subject where panel_id = ?").param(panelId).query(Integer.class).single();
        int pages = Math.max(1, (total + PAGE - 1) / PAGE);
        int at = Math.max(0, Math.min(page, pages - 1));
        SubjectSource source = sources.get((String) panel[0]);
        List<DeclarationRow> rows = jdbc.sql("""
                select s.subject_id, s.label,
                    (select reason from review.conflict c where c.panel_id = s.panel_id and c.subject_id = s.subject_id
                        and c.reviewer_id = :r and c.source = 'DECLARED'),
                    exists (select 1 from review.conflict c where c.panel_id = s.panel_id and c.subject_id = s.subject_id
                        and c.reviewer_id = :r and c.source <> 'DECLARED')
                from review.subject s where s.panel_id = :p order by s.label limit :limit offset :offset""")
                .param("r", reviewerId).param("p", panelId).param("limit", PAGE).param("offset", at * PAGE)
                .query((rs, n) -> {
                    UUID subjectId = rs.getObject(1, UUID.class);
                    List<SubjectContent.Item> shown = shownKeys.isEmpty() || source == null ? List.of()
                            : source.content((UUID) panel[1], subjectId, locale).map(content -> content.items().stream()
                                    .filter(item -> shownKeys.contains(item.key())).toList()).orElse(List.of());
                    String reason = rs.getString(3);
                    return new DeclarationRow(subjectId, rs.getString(2), shown, reason != null, reason, rs.getBoolean(4));
                }).list();
        return new DeclarationPage(rows, at, pages, mayChangeDeclarations(panelId, (String) panel[4]));
    }

    private boolean mayChangeDeclarations(UUID panelId, String status) {
        return status.equals("SETUP") && !jdbc.sql("select exists (select 1 from review.assignment where panel_id = ?)")
                .param(panelId).query(Boolean.class).single();
    }

    /** An accepted reviewer declares a conflict with a subject, before the assignment. */
    public void declare(UUID personId, UUID panelId, UUID subjectId, String reason) {
        UUID reviewerId = acceptedReviewer(personId, panelId);
        requireSubject(panelId, subjectId);
        String status = jdbc.sql("select status from review.panel where id = ? for update").param(panelId).query(String.class).single();
        if (!status.equals("SETUP")) {
            throw new InvalidInputException(null, "review.conflict.error.tooLate");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() > 2000) {
            throw new InvalidInputException("reason", "review.conflict.error.reason", 2000);
        }
        jdbc.sql("""
                insert into review.conflict (panel_id, subject_id, reviewer_id, source, reason, recorded_at) values (?, ?, ?, 'DECLARED', ?, ?)
                on conflict (panel_id, subject_id, reviewer_id, source) do update set reason = excluded.reason""")
                .params(panelId, subjectId, reviewerId, text, Timestamp.from(clock.instant())).update();
        events.publishEvent(new ConflictsDeclared(panelId, subjectId, reviewerId, "DECLARED", true, actor.get()));
    }

    /** A reviewer withdraws their own declaration, only while no assignment is stored. */
    public void undo(UUID personId, UUID panelId, UUID subjectId) {
        UUID reviewerId = acceptedReviewer(personId, panelId);
        String status = jdbc.sql("select status from review.panel where id = ? for update").param(panelId).query(String.class).single();
        if (!mayChangeDeclarations(panelId, status)) {
            throw new InvalidInputException(null, "review.conflict.error.assigned");
        }
        int removed = jdbc.sql("delete from review.conflict where panel_id = ? and subject_id = ? and reviewer_id = ? and source = 'DECLARED'")
                .params(panelId, subjectId, reviewerId).update();
        if (removed == 0) {
            throw new NotFoundException("declaration");
        }
        events.publishEvent(new ConflictsDeclared(panelId, subjectId, reviewerId, "DECLARED", false, actor.get()));
    }

    /**
     * The Secretariat records a conflict it knows of, for a member of the panel. In SETUP an assigned
     * pair is removed from the assignment (which must then be run again); once reviewing is open an
     * assigned pair is refused: the reviewer has to be withdrawn (their subjects are re-assigned) first.
     */
    public void add(UUID panelId, UUID subjectId, UUID reviewerId, String reason) {
        String status = jdbc.sql("select status from review.panel where id = ? for update").param(panelId).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("panel " + panelId));
        if (status.equals("CLOSED")) {
            throw new InvalidInputException(null, "review.panel.error.closed");
        }
        requireSubject(panelId, subjectId);
        boolean member = jdbc.sql("select exists (select 1 from review.panel_member where panel_id = ? and reviewer_id = ?)")
                .params(panelId, reviewerId).query(Boolean.class).single();
        if (!member) {
            throw new InvalidInputException("reviewer", "review.conflict.error.notMember");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInputException("reason", "review.conflict.error.secretariatReason", 2000);
        }
        boolean assigned = jdbc.sql("select exists (select 1 from review.assignment where panel_id = ? and subject_id = ? and reviewer_id = ?)")
                .params(panelId, subjectId, reviewerId).query(Boolean.class).single();
        if (assigned && !status.equals("SETUP")) {
            throw new InvalidInputException("reviewer", "review.conflict.error.assignedReviewing");
        }
        if (assigned) {
            jdbc.sql("delete from review.assignment where panel_id = ? and subject_id = ? and reviewer_id = ?")
                    .params(panelId, subjectId, reviewerId).update();
        }
        jdbc.sql("""
                insert into review.conflict (panel_id, subject_id, reviewer_id, source, reason, recorded_at) values (?, ?, ?, 'SECRETARIAT', ?, ?)
                on conflict (panel_id, subject_id, reviewer_id, source) do update set reason = excluded.reason""")
                .params(panelId, subjectId, reviewerId, text, Timestamp.from(clock.instant())).update();
        events.publishEvent(new ConflictsDeclared(panelId, subjectId, reviewerId, "SECRETARIAT", true, actor.get()));
    }

    private void requireSubject(UUID panelId, UUID subjectId) {
        boolean exists = subjectId != null && jdbc.sql("select exists (select 1 from review.subject where panel_id = ? and subject_id = ?)")
                .params(panelId, subjectId).query(Boolean.class).single();
        if (!exists) {
            throw new NotFoundException("subject " + subjectId);
        }
    }

    private UUID acceptedReviewer(UUID personId, UUID panelId) {
        if (personId == null) {
            throw new NotFoundException("panel " + panelId);
        }
        return jdbc.sql("""
                select r.id from review.panel_member m join review.reviewer r on r.id = m.reviewer_id
                where r.person_id = ? and m.panel_id = ? and m.status = 'ACCEPTED'""").params(personId, panelId)
                .query(UUID.class).optional().orElseThrow(() -> new NotFoundException("panel " + panelId));
    }
}
