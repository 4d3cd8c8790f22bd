package org.ansoplatform.review.panels;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.SubjectSource;
import org.ansoplatform.review.SubjectSource.SubjectContent;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A panel's conflicts for the Secretariat, and a reviewer's declaration list. */
@Service
@Transactional(readOnly = true)
public class ConflictQueries {

    static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final PanelStore panels;
    private final MemberStore members;
    private final ConflictRegister register;
    private final SubjectSourceLookup sources;

    ConflictQueries(JdbcClient jdbc, PanelStore panels, MemberStore members, ConflictRegister register, SubjectSourceLookup sources) {
        this.jdbc = jdbc;
        this.panels = panels;
        this.members = members;
        this.register = register;
        this.sources = sources;
    }

    public record ConflictView(UUID subjectId, String subjectLabel, UUID reviewerId, String reviewerName, ConflictSource source,
            String reason, Instant recordedAt) {
    }

    /** One line of a reviewer's declaration list: only the panel's conflict-list fields, never blind ones. */
    /** @param applicantName the applicant's name; null on a double-blind panel (or when the source names no one) */
    /** @param excludedBy the automatic or Secretariat reasons the pair is excluded for (their kinds only, never the facts) */
    public record DeclarationRow(UUID subjectId, String label, String applicantName, List<SubjectContent.Item> shown, boolean declared,
            String reason, boolean excluded, List<ConflictSource> excludedBy) {

        public DeclarationRow(UUID subjectId, String label, String applicantName, List<SubjectContent.Item> shown, boolean declared,
                String reason, boolean excluded) {
            this(subjectId, label, applicantName, shown, declared, reason, excluded, List.of());
        }
    }

    /** @param doubleBlind the panel hides applicants' names from its reviewers */
    public record DeclarationPage(PageResult<DeclarationRow> rows, boolean mayChange, boolean doubleBlind) {
    }

    /** One page of a panel's conflicts, newest first, with the count of each source over the whole panel. */
    public record ConflictPage(PageResult<ConflictView> rows, Map<ConflictSource, Integer> bySource) {
    }

    /** Is the pair conflicted for any reason? For guards on pages and endpoints that show a subject. */
    public boolean isConflicted(UUID panelId, UUID subjectId, UUID reviewerId) {
        return jdbc.sql("select exists (select 1 from review.conflict where panel_id = :panel and subject_id = :subject and reviewer_id = :reviewer)")
                .param("panel", panelId).param("subject", subjectId).param("reviewer", reviewerId).query(Boolean.class).single();
    }

    private static final String CONFLICTS = """
            select c.subject_id, s.label, c.reviewer_id, r.name, c.source, c.reason, c.recorded_at
            from review.conflict c join review.subject s on s.panel_id = c.panel_id and s.subject_id = c.subject_id
            join review.reviewer r on r.id = c.reviewer_id where c.panel_id = :panel""";

    public List<ConflictView> ofPanel(UUID panelId) {
        return jdbc.sql(CONFLICTS + " order by s.label, r.name, c.source").param("panel", panelId).query((rs, n) -> conflict(rs)).list();
    }

    private static ConflictView conflict(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ConflictView(Rows.uuid(rs, "subject_id"), rs.getString("label"), Rows.uuid(rs, "reviewer_id"), rs.getString("name"),
                Rows.enumValue(rs, "source", ConflictSource.class), rs.getString("reason"), Rows.instant(rs, "recorded_at"));
    }

    /** Page {@code page} (from 0) of at most {@code size} conflicts, newest first; only that page is read. */
    public ConflictPage page(UUID panelId, int page, int size) {
        Map<ConflictSource, Integer> bySource = new LinkedHashMap<>();
        jdbc.sql("select source, count(*) n from review.conflict where panel_id = :panel group by source order by source")
                .param("panel", panelId)
                .query(rs -> {
                    bySource.put(Rows.enumValue(rs, "source", ConflictSource.class), rs.getInt("n"));
                });
        int total = bySource.values().stream().mapToInt(Integer::intValue).sum();
        int pages = Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(0, page), pages - 1);
        List<ConflictView> rows = jdbc.sql(CONFLICTS + " order by c.recorded_at desc, s.label, r.name, c.source limit :limit offset :offset")
                .param("panel", panelId).param("limit", size).param("offset", current * size).query((rs, n) -> conflict(rs)).list();
        return new ConflictPage(new PageResult<>(rows, current, size, total), bySource);
    }

    /** The subjects an accepted reviewer may declare conflicts on, a page of {@link #PAGE}; 404 for anyone else. */
    public DeclarationPage declarations(UUID personId, UUID panelId, int page, Locale locale) {
        UUID reviewerId = personId == null ? null : members.acceptedReviewer(personId, panelId).orElse(null);
        if (reviewerId == null) {
            throw new NotFoundException("panel " + panelId);
        }
        Panel panel = panels.get(panelId);
        List<String> shownKeys = panel.conflictListFields().stream().filter(key -> !panel.blindFields().contains(key)).toList();
        int total = jdbc.sql("select count(*) from review.subject where panel_id = :panel").param("panel", panelId).query(Integer.class)
                .single();
        int pages = Math.max(1, (total + PAGE - 1) / PAGE);
        int at = Math.max(0, Math.min(page, pages - 1));
        Optional<SubjectSource> source = sources.find(panel.scope().type());
        boolean doubleBlind = jdbc.sql("select double_blind from review.panel where id = :panel").param("panel", panelId)
                .query(Boolean.class).single();
        List<DeclarationRow> rows = jdbc.sql("""
                select s.subject_id, s.label,
                    (select reason from review.conflict c where c.panel_id = s.panel_id and c.subject_id = s.subject_id
                        and c.reviewer_id = :reviewer and c.source = :declared) reason,
                    exists (select 1 from review.conflict c where c.panel_id = s.panel_id and c.subject_id = s.subject_id
                        and c.reviewer_id = :reviewer and c.source <> :declared) excluded,
                    array(select c.source from review.conflict c where c.panel_id = s.panel_id and c.subject_id = s.subject_id
                        and c.reviewer_id = :reviewer and c.source <> :declared order by c.source) excluded_by
                from review.subject s where s.panel_id = :panel order by s.label limit :limit offset :offset""")
                .param("reviewer", reviewerId).param("panel", panelId).param("declared", ConflictSource.DECLARED.name())
                .param("limit", PAGE).param("offset", at * PAGE)
                .query((rs, n) -> {
                    UUID subjectId = Rows.uuid(rs, "subject_id");
                    List<SubjectContent.Item> shown = shownKeys.isEmpty() || source.isEmpty() ? List.of()
                            : source.get().content(panel.scope().id(), subjectId, locale).map(content -> content.items().stream()
                                    .filter(item -> shownKeys.contains(item.key()))
                                    // a double-blind panel names nobody here either (decision 377), whatever was ticked
                                    .filter(item -> !(doubleBlind && item.identifying())).toList()).orElse(List.of());
                    String reason = rs.getString("reason");
                    List<ConflictSource> excludedBy = Rows.strings(rs, "excluded_by").stream().map(ConflictSource::valueOf).toList();
                    return new DeclarationRow(subjectId, rs.getString("label"), null, shown, reason != null, reason, rs.getBoolean("excluded"),
                            excludedBy);
                }).list();
        if (!doubleBlind && source.isPresent() && !rows.isEmpty()) {
            // the names of the whole page in one query, not one per row
            Map<UUID, String> names = source.get().names(panel.scope().id(), rows.stream().map(DeclarationRow::subjectId).toList());
            rows = rows.stream().map(row -> new DeclarationRow(row.subjectId(), row.label(), names.get(row.subjectId()), row.shown(),
                    row.declared(), row.reason(), row.excluded(), row.excludedBy())).toList();
        }
        return new DeclarationPage(new PageResult<>(rows, at, PAGE, total), register.mayChangeDeclarations(panel), doubleBlind);
    }
}
