package org.ansoplatform.datasets.deposit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.datasets.DatasetStatus;
import org.ansoplatform.identifiers.DateType;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public catalogue: the latest published version of each dataset (never a draft, a version under curation or a
 * withdrawn one), newest first, narrowed by words and facets, with the facets counted in one query over what the
 * filter matches (decision 230). Words are matched as substrings of the titles, descriptions and keywords of every
 * language, so that Chinese, which has no spaces between words, is found as well as English.
 */
@Service
public class CatalogueQueries {

    public static final int PAGE_SIZE = 20;

    /** Latest published version of each dataset, with the year: the DataCite Issued date given, else publication. */
    private static final String HITS = """
            with hits as (
              select v.id, v.dataset_id, v.number, v.doi, v.project_id, v.published_at, v.metadata,
                     coalesce((select cast(left(x->>'date', 4) as integer) from jsonb_array_elements(v.metadata->'dates') x
                               where x->>'type' = :issued and x->>'date' ~ '^[0-9]{4}' limit 1),
                              cast(extract(year from v.published_at at time zone 'UTC') as integer)) as year,
                     lower(concat_ws(' ',
                       (select string_agg(e->>'text', ' ') from jsonb_array_elements(v.metadata->'titles') e),
                       (select string_agg(e->>'text', ' ') from jsonb_array_elements(v.metadata->'descriptions') e),
                       (select string_agg(e, ' ') from jsonb_array_elements_text(v.metadata->'keywords') e))) as haystack
              from datasets.dataset_version v
              where v.status = :published and v.published_at <= :now
                and v.number = (select max(w.number) from datasets.dataset_version w
                                where w.dataset_id = v.dataset_id and w.status = :published)
            ), matched as (
              select * from hits h where true
            """;

    private static final String FACETS = """
            select 'SUBJECT' as facet, s->>'text' as value, count(distinct m.id) as n
              from matched m cross join jsonb_array_elements(m.metadata->'subjects') s where s->>'text' <> '' group by 2
            union all
            select 'SDG', e, count(distinct m.id) from matched m cross join jsonb_array_elements_text(m.metadata->'sdgs') e group by 2
            union all
            select 'COUNTRY', c.country, count(distinct m.id)
              from matched m join datasets.dataset_catalogue_country c on c.version_id = m.id group by 2
            union all
            select 'YEAR', cast(m.year as text), count(*) from matched m group by 2
            union all
            select 'FORMAT', f.media_type, count(distinct m.id) from matched m join datasets.dataset_file f on f.version_id = m.id group by 2
            union all
            select 'LICENCE', m.metadata->>'licence', count(*) from matched m
              where coalesce(m.metadata->>'licence', '') <> '' group by 2
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    CatalogueQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CataloguePage search(CatalogueFilter filter) {
        PageRequest page = PageRequest.of(filter.page(), PAGE_SIZE);
        Map<String, Object> params = new HashMap<>();
        String sql = HITS + where(filter, params) + ")\n";
        params.put("published", DatasetStatus.PUBLISHED.name());
        params.put("issued", DateType.ISSUED.name());
        params.put("now", Timestamp.from(clock.instant()));
        long[] total = {-1};
        List<CatalogueCard> cards = jdbc.sql(sql + """
                        select m.*, cast(m.metadata as text) as json, count(*) over () as total from matched m
                        order by m.published_at desc, m.id limit :limit offset :offset""")
                .params(params).param("limit", page.size()).param("offset", page.page() * page.size())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new CatalogueCard(Rows.uuid(rs, "dataset_id"), Rows.uuid(rs, "id"), rs.getInt("number"),
                            DatasetJson.read(rs.getString("json")), rs.getString("doi"), rs.getInt("year"),
                            Rows.uuid(rs, "project_id"));
                }).list();
        long count = total[0] < 0 ? countAll(sql, params) : total[0];
        Map<CatalogueFacet, List<CataloguePage.FacetCount>> facets = new EnumMap<>(CatalogueFacet.class);
        jdbc.sql(sql + FACETS).params(params).query((rs, n) -> {
            facets.computeIfAbsent(CatalogueFacet.valueOf(rs.getString("facet")), f -> new ArrayList<>())
                    .add(new CataloguePage.FacetCount(rs.getString("value"), rs.getLong("n")));
            return null;
        }).list();
        facets.replaceAll((facet, values) -> values.stream().sorted(order(facet)).toList());
        return new CataloguePage(new PageResult<>(cards, page.page(), page.size(), count), facets);
    }

    private long countAll(String sql, Map<String, Object> params) {
        return jdbc.sql(sql + "select count(*) from matched").params(params).query(Long.class).single();
    }

    private static Comparator<CataloguePage.FacetCount> order(CatalogueFacet facet) {
        return switch (facet) {
            case YEAR -> Comparator.comparing(CataloguePage.FacetCount::value).reversed();
            case SDG -> Comparator.comparingInt(c -> Integer.parseInt(c.value()));
            default -> Comparator.comparingLong(CataloguePage.FacetCount::count).reversed()
                    .thenComparing(CataloguePage.FacetCount::value);
        };
    }

    private static String where(CatalogueFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        List<String> terms = filter.terms();
        for (int i = 0; i < terms.size(); i++) {
            sql.append(" and strpos(h.haystack, :term").append(i).append(") > 0");
            params.put("term" + i, terms.get(i));
        }
        if (filter.subject() != null) {
            sql.append(" and exists (select 1 from jsonb_array_elements(h.metadata->'subjects') s where s->>'text' = :subject)");
            params.put("subject", filter.subject());
        }
        if (filter.sdg() != null) {
            sql.append(" and h.metadata->'sdgs' @> cast(:sdg as jsonb)");
            params.put("sdg", "[" + filter.sdg() + "]");
        }
        if (filter.country() != null) {
            sql.append(" and exists (select 1 from datasets.dataset_catalogue_country c where c.version_id = h.id and c.country = :country)");
            params.put("country", filter.country());
        }
        if (filter.year() != null) {
            sql.append(" and h.year = :year");
            params.put("year", filter.year());
        }
        if (filter.format() != null) {
            sql.append(" and exists (select 1 from datasets.dataset_file f where f.version_id = h.id and f.media_type = :format)");
            params.put("format", filter.format());
        }
        if (filter.licence() != null) {
            sql.append(" and h.metadata->>'licence' = :licence");
            params.put("licence", filter.licence());
        }
        if (filter.project() != null) {
            sql.append(" and h.project_id = :project");
            params.put("project", filter.project());
        }
        if (filter.organization() != null) {
            sql.append(" and h.metadata->'creators' @> cast(:organization as jsonb)");
            params.put("organization", "[{\"organizationId\":\"" + filter.organization() + "\"}]");
        }
        return sql.toString();
    }
}
