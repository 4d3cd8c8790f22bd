package org.ansoplatform.partnerships;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.partnerships.technology.IntroductionStore;
import org.ansoplatform.partnerships.technology.RepresentativeStore;
import org.ansoplatform.partnerships.technology.TechnologyStore;
import org.ansoplatform.platform.SqlText;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the Technology Transfer Platform: published offers and requests with the list's filters, an organization's
 * own, the review queue, introductions, representatives. Who may see which of them is decided by
 * {@link TechnologyAccess}; these reads answer what exists.
 */
@Service
@Transactional(readOnly = true)
public class TechnologyQueries {

    /** The public list's filters; null means any. {@code trl} is the least readiness shown. */
    public record Filter(TechnologyKind kind, String q, TechnologySector sector, Integer trl, String country, Integer sdg) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final TechnologyStore store;
    private final RepresentativeStore representatives;
    private final org.ansoplatform.files.FileStorage files;

    TechnologyQueries(JdbcClient jdbc, TechnologyStore store, RepresentativeStore representatives,
            org.ansoplatform.files.FileStorage files) {
        this.files = files;
        this.jdbc = jdbc;
        this.store = store;
        this.representatives = representatives;
    }

    public Optional<TechnologyView> byId(UUID id) {
        return store.byId(id);
    }

    public List<TechnologyView.Step> steps(UUID id) {
        return store.steps(id);
    }

    /** The item's documents and images as the files module stored them. */
    public List<TechnologyView.Attachment> attachments(UUID id) {
        return store.files(id).stream().map(e -> files.find(e.getKey()).map(f -> new TechnologyView.Attachment(f.id(),
                f.originalName(), f.mediaType(), e.getValue()))).flatMap(Optional::stream).toList();
    }

    /** Published offers and requests matching the filter, newest first. */
    public PageResult<TechnologyView> published(Filter filter, PageRequest page) {
        Filter f = filter == null ? Filter.none() : filter;
        String where = """
                from partnerships.technology t where t.status = :published
                and (cast(:kind as text) is null or t.kind = :kind)
                and (cast(:sector as text) is null or :sector = any(t.sectors))
                and (cast(:trl as int) is null or t.trl >= :trl)
                and (cast(:country as text) is null or :country = any(t.countries))
                and (cast(:sdg as int) is null or :sdg = any(t.sdgs))
                and (cast(:q as text) is null or cast(t.title as text) ilike :q escape '\\' or cast(t.summary as text) ilike :q escape '\\')
                """;
        String like = f.q() == null || f.q().isBlank() ? null : "%" + SqlText.escapeLike(f.q().strip()) + "%";
        long total = jdbc.sql("select count(*) " + where).param("published", TechnologyStatus.PUBLISHED.name())
                .param("kind", f.kind() == null ? null : f.kind().name()).param("sector", f.sector() == null ? null : f.sector().name())
                .param("trl", f.trl()).param("country", f.country()).param("sdg", f.sdg()).param("q", like)
                .query(Long.class).single();
        List<TechnologyView> items = jdbc.sql("select " + TechnologyStore.COLUMNS + " " + where
                        + " order by t.published_at desc, t.id limit :size offset :offset")
                .param("published", TechnologyStatus.PUBLISHED.name())
                .param("kind", f.kind() == null ? null : f.kind().name()).param("sector", f.sector() == null ? null : f.sector().name())
                .param("trl", f.trl()).param("country", f.country()).param("sdg", f.sdg()).param("q", like)
                .param("size", page.size()).param("offset", page.offset()).query(store.mapper()).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Every published one of a kind, for matchmaking. */
    public List<TechnologyView> published(TechnologyKind kind) {
        return jdbc.sql("select " + TechnologyStore.COLUMNS + " from partnerships.technology where status = :published and kind = :kind")
                .param("published", TechnologyStatus.PUBLISHED.name()).param("kind", kind.name()).query(store.mapper()).list();
    }

    public List<TechnologyView> ofOrganizations(Collection<UUID> organizations) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + TechnologyStore.COLUMNS + " from partnerships.technology where organization_id in (:orgs)"
                        + " order by updated_at desc")
                .param("orgs", organizations).query(store.mapper()).list();
    }

    public List<TechnologyView> withStatus(TechnologyStatus status) {
        return jdbc.sql("select " + TechnologyStore.COLUMNS + " from partnerships.technology where status = :status order by updated_at")
                .param("status", status.name()).query(store.mapper()).list();
    }

    public Optional<IntroductionView> introduction(UUID id) {
        return jdbc.sql("select " + IntroductionStore.COLUMNS + " from partnerships.introduction where id = :id")
                .param("id", id).query(IntroductionStore::view).optional();
    }

    public List<IntroductionView.Step> introductionSteps(UUID id) {
        return jdbc.sql("""
                select from_status, to_status, actor_name, at, reason from partnerships.introduction_step
                where introduction_id = :id order by at, to_status""")
                .param("id", id)
                .query((rs, n) -> new IntroductionView.Step(
                        org.ansoplatform.platform.Rows.enumValue(rs, "from_status", IntroductionStatus.class),
                        org.ansoplatform.platform.Rows.enumValue(rs, "to_status", IntroductionStatus.class),
                        rs.getString("actor_name"), org.ansoplatform.platform.Rows.instant(rs, "at"), rs.getString("reason")))
                .list();
    }

    /** Introductions an organization is a party to: as the interested side, or as the item's owner once forwarded. */
    public List<IntroductionView> introductionsOf(Collection<UUID> organizations) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + prefixed() + """
                 from partnerships.introduction i join partnerships.technology t on t.id = i.technology_id
                where i.interested_organization in (:orgs)
                   or (t.organization_id in (:orgs) and i.status not in (:expressed, :declined))
                order by i.updated_at desc""")
                .param("orgs", organizations).param("expressed", IntroductionStatus.EXPRESSED.name())
                .param("declined", IntroductionStatus.DECLINED.name()).query(IntroductionStore::view).list();
    }

    /** One page of the introductions at these statuses, latest change first. */
    public PageResult<IntroductionView> introductions(Set<IntroductionStatus> statuses, PageRequest page) {
        List<String> names = statuses.stream().map(Enum::name).toList();
        long total = jdbc.sql("select count(*) from partnerships.introduction where status in (:statuses)")
                .param("statuses", names).query(Long.class).single();
        List<IntroductionView> items = jdbc.sql("select " + IntroductionStore.COLUMNS
                        + " from partnerships.introduction where status in (:statuses) order by updated_at desc, id limit :size offset :offset")
                .param("statuses", names).param("size", page.size()).param("offset", page.offset())
                .query(IntroductionStore::view).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public List<IntroductionView> introductions(Set<IntroductionStatus> statuses) {
        return jdbc.sql("select " + IntroductionStore.COLUMNS + " from partnerships.introduction where status in (:statuses)"
                        + " order by updated_at desc")
                .param("statuses", statuses.stream().map(Enum::name).toList()).query(IntroductionStore::view).list();
    }

    /** How many introductions stand at each status, for the Secretariat's statistics. */
    public java.util.Map<IntroductionStatus, Long> introductionCounts() {
        java.util.Map<IntroductionStatus, Long> counts = new java.util.EnumMap<>(IntroductionStatus.class);
        jdbc.sql("select status, count(*) n from partnerships.introduction group by status")
                .query(rs -> {
                    counts.put(IntroductionStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    public java.util.Map<TechnologyStatus, Long> technologyCounts(TechnologyKind kind) {
        java.util.Map<TechnologyStatus, Long> counts = new java.util.EnumMap<>(TechnologyStatus.class);
        jdbc.sql("select status, count(*) n from partnerships.technology where kind = :kind group by status")
                .param("kind", kind.name())
                .query(rs -> {
                    counts.put(TechnologyStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    public List<RepresentativeView> representativesOf(UUID person) {
        return person == null ? List.of() : representatives.ofPerson(person);
    }

    /** The organizations a person is a confirmed representative of. */
    public List<UUID> organizationsOf(UUID person) {
        return representativesOf(person).stream().filter(r -> r.status() == RepresentativeStatus.CONFIRMED)
                .map(RepresentativeView::organizationId).distinct().toList();
    }

    public List<RepresentativeView> representatives(RepresentativeStatus status) {
        return representatives.withStatus(status);
    }

    public List<RepresentativeView> confirmedRepresentatives(UUID organization) {
        return representatives.confirmed(organization);
    }

    private static String prefixed() {
        return "i." + IntroductionStore.COLUMNS.strip().replace("\n", " ").replaceAll(",\\s*", ", i.");
    }
}
