package org.ansoplatform.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the directory, in records that pages, the API and other modules may hold. */
@Service
@Transactional(readOnly = true)
public class OrganizationQueries {

    /**
     * What to look for; every part is optional. {@code q} matches the name or the original-language name,
     * anywhere and in any case.
     */
    public record Filter(String q, CountryCode country, OrganizationType type, OrganizationStatus status) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }

        public Filter {
            q = q == null || q.isBlank() ? null : q.strip();
        }
    }

    private static final String COLUMNS = """
            o.id, o.name, o.original_name, o.country, o.type, o.status, o.status_since, o.website, o.ror_id,
            o.created_at, o.updated_at""";

    private static final String WHERE = """
            where (cast(:q as varchar) is null or lower(o.name) like :q or lower(coalesce(o.original_name, '')) like :q)
              and (cast(:country as varchar) is null or o.country = :country)
              and (cast(:type as varchar) is null or o.type = :type)
              and (cast(:status as varchar) is null or o.status = :status)""";

    private final JdbcClient jdbc;

    OrganizationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the organizations that match, by name. */
    public PageResult<OrganizationView> search(Filter filter, PageRequest page) {
        Filter f = filter == null ? Filter.none() : filter;
        String like = f.q() == null ? null : "%" + org.ansoplatform.platform.SqlText.escapeLike(f.q().toLowerCase(Locale.ROOT)) + "%";
        String country = f.country() == null ? null : f.country().code();
        String type = f.type() == null ? null : f.type().name();
        String status = f.status() == null ? null : f.status().name();
        long total = jdbc.sql("select count(*) from organizations.organization o " + WHERE)
                .param("q", like).param("country", country).param("type", type).param("status", status)
                .query(Long.class).single();
        List<OrganizationView> items = jdbc.sql("select " + COLUMNS + " from organizations.organization o " + WHERE
                        + " order by lower(o.name), o.name, o.id limit :limit offset :offset")
                .param("q", like).param("country", country).param("type", type).param("status", status)
                .param("limit", page.size()).param("offset", page.offset())
                .query(OrganizationQueries::view).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * The organization a name in a programme or report stands for (MTA, XIEG followed by CAS, The University of
     * Belgrade; {@link OrganizationNames}), when exactly one organization of the directory answers to it.
     */
    public Optional<OrganizationView> byMention(String mention) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        java.util.Set<String> wanted = OrganizationNames.mentionKeys(mention);
        List<OrganizationView> all = jdbc.sql("select " + COLUMNS + " from organizations.organization o")
                .query(OrganizationQueries::view).list();
        // the literal name wins over an abbreviation that two organizations might share
        for (String key : wanted) {
            List<OrganizationView> found = all.stream()
                    .filter(o -> OrganizationNames.keys(o.name(), o.originalName()).contains(key)).toList();
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /** Every organization of the directory, by name (search reads them all when it builds its index). */
    public List<OrganizationView> all() {
        return jdbc.sql("select " + COLUMNS + " from organizations.organization o order by lower(o.name), o.name, o.id")
                .query(OrganizationQueries::view).list();
    }

    public Optional<OrganizationView> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organizations.organization o where o.id = :id")
                .param("id", id)
                .query(OrganizationQueries::view).optional();
    }

    /** The organization of the directory carrying this ROR id (the first by name, should two carry it). */
    public Optional<OrganizationView> byRorId(org.ansoplatform.shared.RorId rorId) {
        return jdbc.sql("select " + COLUMNS + " from organizations.organization o where o.ror_id = :ror order by lower(o.name), o.id limit 1")
                .param("ror", rorId.value())
                .query(OrganizationQueries::view).optional();
    }

    /** Every status the organization has held, oldest first. Empty for an unknown id. */
    public List<StatusChangeView> statusHistory(UUID id) {
        return jdbc.sql("""
                        select status, since, recorded_at, recorded_by, basis from organizations.status_change
                        where organization_id = :id order by recorded_at, since nulls first""")
                .param("id", id)
                .query((rs, row) -> new StatusChangeView(Rows.enumValue(rs, "status", OrganizationStatus.class),
                        Rows.date(rs, "since"), Rows.instant(rs, "recorded_at"), Rows.uuid(rs, "recorded_by"),
                        rs.getString("basis")))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from organizations.organization").query(Long.class).single();
    }

    /** The countries that have at least one organization, by code; pages sort them by their localized name. */
    public List<CountryCode> countries() {
        return jdbc.sql("select distinct country from organizations.organization order by country")
                .query(String.class).list().stream()
                .map(String::strip)
                .filter(CountryCode::isValid)
                .map(CountryCode::new)
                .toList();
    }

    private static OrganizationView view(ResultSet rs, int row) throws SQLException {
        return new OrganizationView(
                Rows.uuid(rs, "id"),
                rs.getString("name"),
                rs.getString("original_name"),
                rs.getString("country").strip(),
                Rows.enumValue(rs, "type", OrganizationType.class),
                Rows.enumValue(rs, "status", OrganizationStatus.class),
                Rows.date(rs, "status_since"),
                rs.getString("website"),
                rs.getString("ror_id"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
