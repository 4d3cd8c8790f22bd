package org.ansoplatform.review.panels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.ReviewOutcomes.PanelStatus;
import org.ansoplatform.review.ReviewScope;
import org.ansoplatform.review.SubjectSource;
import org.ansoplatform.review.SubjectSource.ScopeSummary;
import org.ansoplatform.review.SubjectSource.SubjectContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ansoplatform.shared.LocalizedText;

/** What the panel pages show: panels with their counts, members, subjects, a reviewer's invitations. */
@Service
@Transactional(readOnly = true)
public class PanelQueries {

    private final JdbcClient jdbc;
    private final PanelStore panels;
    private final SubjectSourceLookup sources;

    PanelQueries(JdbcClient jdbc, PanelStore panels, SubjectSourceLookup sources) {
        this.jdbc = jdbc;
        this.panels = panels;
        this.sources = sources;
    }

    /**
     * @param invited every reviewer ever invited to the panel, whatever their answer (withdrawn ones included)
     * @param pending invited reviewers who have not answered yet
     * @param doubleBlind reviewers see no applicant's name anywhere
     */
    public record PanelView(UUID id, ReviewScope scope, LocalizedText title, PanelStatus status, int reviewersPerSubject,
            int minLoad, int maxLoad, double loadPenalty, boolean fairnessFloor, boolean conflictSameCountry,
            List<String> blindFields, List<String> conflictListFields, Instant reviewDeadline, String zone, int subjects,
            int invited, int accepted, int pending, int declined, boolean doubleBlind) {

        /** The deadline as a local date-time in the panel's zone, for forms; null when none is set. */
        public LocalDateTime localDeadline() {
            return reviewDeadline == null ? null : LocalDateTime.ofInstant(reviewDeadline, ZoneId.of(zone));
        }
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
    /** @param personal personal data, hidden from reviewers when the panel was opened */
    public record ContentKey(String key, String label, boolean personal) {

        public ContentKey(String key, String label) {
            this(key, label, false);
        }
    }

    public List<ScopeSummary> openableScopes() {
        Set<String> taken = panels.takenScopes();
        List<ScopeSummary> all = new ArrayList<>();
        sources.all().forEach(source -> all.addAll(source.scopes()));
        return all.stream().filter(scope -> !taken.contains(scope.scope().type() + ":" + scope.scope().id())).toList();
    }

    public List<PanelView> list() {
        return jdbc.sql(SELECT + " order by p.created_at desc").params(counted()).query(this::panel).list();
    }

    public PanelView get(UUID id) {
        return jdbc.sql(SELECT + " where p.id = :id").params(counted()).param("id", id).query(this::panel).optional()
                .orElseThrow(() -> new NotFoundException("panel " + id));
    }

    public Optional<PanelView> forScope(ReviewScope scope) {
        return jdbc.sql(SELECT + " where p.scope_type = :type and p.scope_id = :scope").params(counted())
                .param("type", scope.type()).param("scope", scope.id()).query(this::panel).optional();
    }

    private static Map<String, Object> counted() {
        return Map.of("invited", MemberStatus.INVITED.name(), "accepted", MemberStatus.ACCEPTED.name(),
                "declined", MemberStatus.DECLINED.name());
    }

    public List<MemberView> members(UUID panelId) {
        return jdbc.sql("""
                select r.id, r.person_id, r.name, r.email, r.institution, r.country, r.fields, m.status,
                    coalesce(m.max_load, r.max_load) max_load, m.invited_at, m.answered_at
                from review.panel_member m join review.reviewer r on r.id = m.reviewer_id
                where m.panel_id = :panel order by m.status, r.name""").param("panel", panelId)
                .query((rs, n) -> new MemberView(Rows.uuid(rs, "id"), Rows.uuid(rs, "person_id"), rs.getString("name"),
                        rs.getString("email"), rs.getString("institution"), rs.getString("country"), Rows.strings(rs, "fields"),
                        Rows.enumValue(rs, "status", MemberStatus.class), rs.getInt("max_load"), Rows.instant(rs, "invited_at"),
                        Rows.instant(rs, "answered_at")))
                .list();
    }

    public List<SubjectRow> subjects(UUID panelId) {
        return jdbc.sql("select subject_id, label, track, country, institution, fields from review.subject where panel_id = :panel order by label")
                .param("panel", panelId).query((rs, n) -> new SubjectRow(Rows.uuid(rs, "subject_id"), rs.getString("label"),
                        rs.getString("track"), rs.getString("country"), rs.getString("institution"), Rows.strings(rs, "fields"))).list();
    }

    /**
     * The panel's subject with this reference (its label, as shown everywhere; case and surrounding spaces
     * ignored), for forms that name a subject by typing it; refused on {@code field} when there is none.
     */
    public UUID subjectByReference(UUID panelId, String reference, String field) {
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "review.subjectReference.error.empty");
        }
        List<UUID> found = jdbc.sql("""
                select subject_id from review.subject where panel_id = :panel and lower(label) = lower(:text)
                order by label = :text desc, subject_id limit 1""")
                .param("panel", panelId).param("text", text).query(UUID.class).list();
        if (found.isEmpty()) {
            throw new InvalidInputException(field, "review.subjectReference.error.unknown", text);
        }
        return found.get(0);
    }

    /**
     * The keys a subject's content can show, for the blind and conflict-list settings: as the source declares
     * them, else from the first subject.
     */
    public List<ContentKey> contentKeys(UUID panelId, Locale locale) {
        Panel panel = panels.get(panelId);
        SubjectSource source = sources.get(panel.scope().type());
        List<SubjectSource.ContentKey> declared = source.contentKeys(panel.scope().id(), locale);
        if (!declared.isEmpty()) {
            return declared.stream().map(key -> new ContentKey(key.key(), key.label(), key.personal())).toList();
        }
        Optional<UUID> first = jdbc.sql("select subject_id from review.subject where panel_id = :panel order by label limit 1")
                .param("panel", panelId).query(UUID.class).optional();
        if (first.isEmpty()) {
            return List.of();
        }
        return source.content(panel.scope().id(), first.get(), locale).map(PanelQueries::keysOf).orElse(List.of());
    }

    private static List<ContentKey> keysOf(SubjectContent content) {
        Map<String, ContentKey> keys = new LinkedHashMap<>();
        content.items().forEach(item -> keys.putIfAbsent(item.key(), new ContentKey(item.key(), item.label())));
        content.documents().forEach(document -> keys.putIfAbsent(document.key(), new ContentKey(document.key(), document.label())));
        return List.copyOf(keys.values());
    }

    /** The invitations of the signed-in reviewer (none when they are not in the pool). */
    public List<InvitationView> invitations(UUID personId) {
        return jdbc.sql("""
                select p.id, p.title::text title, m.status, p.status panel_status, p.review_deadline, p.zone,
                    (select count(*) from review.assignment a where a.panel_id = p.id and a.reviewer_id = r.id) assigned
                from review.panel_member m join review.reviewer r on r.id = m.reviewer_id join review.panel p on p.id = m.panel_id
                where r.person_id = :person order by m.invited_at desc""").param("person", personId)
                .query((rs, n) -> new InvitationView(Rows.uuid(rs, "id"), panels.text(rs.getString("title")),
                        Rows.enumValue(rs, "status", MemberStatus.class), Rows.enumValue(rs, "panel_status", PanelStatus.class),
                        Rows.instant(rs, "review_deadline"), rs.getString("zone"), rs.getInt("assigned")))
                .list();
    }

    /** The reviewer id of a person who is a member of the panel (any status). */
    public Optional<UUID> memberOf(UUID personId, UUID panelId) {
        if (personId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select r.id from review.panel_member m join review.reviewer r on r.id = m.reviewer_id
                where r.person_id = :person and m.panel_id = :panel""").param("person", personId).param("panel", panelId)
                .query(UUID.class).optional();
    }

    private static final String SELECT = """
            select p.id, p.scope_type, p.scope_id, p.title::text title, p.status, p.reviewers_per_subject, p.min_load, p.max_load,
                p.load_penalty, p.fairness_floor, p.conflict_same_country, p.blind_fields, p.conflict_list_fields,
                p.review_deadline, p.zone, p.double_blind,
                (select count(*) from review.subject s where s.panel_id = p.id) subjects,
                (select count(*) from review.panel_member m where m.panel_id = p.id) invited,
                (select count(*) from review.panel_member m where m.panel_id = p.id and m.status = :accepted) accepted,
                (select count(*) from review.panel_member m where m.panel_id = p.id and m.status = :invited) pending,
                (select count(*) from review.panel_member m where m.panel_id = p.id and m.status = :declined) declined
            from review.panel p""";

    private PanelView panel(ResultSet rs, int n) throws SQLException {
        return new PanelView(Rows.uuid(rs, "id"), new ReviewScope(rs.getString("scope_type"), Rows.uuid(rs, "scope_id")),
                panels.text(rs.getString("title")), Rows.enumValue(rs, "status", PanelStatus.class), rs.getInt("reviewers_per_subject"),
                rs.getInt("min_load"), rs.getInt("max_load"), rs.getDouble("load_penalty"), rs.getBoolean("fairness_floor"),
                rs.getBoolean("conflict_same_country"), Rows.strings(rs, "blind_fields"), Rows.strings(rs, "conflict_list_fields"),
                Rows.instant(rs, "review_deadline"), rs.getString("zone"), rs.getInt("subjects"), rs.getInt("invited"),
                rs.getInt("accepted"), rs.getInt("pending"), rs.getInt("declined"), rs.getBoolean("double_blind"));
    }
}
