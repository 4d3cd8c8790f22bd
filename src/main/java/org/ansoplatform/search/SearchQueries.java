package org.ansoplatform.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.search.text.Highlighter;
import org.ansoplatform.search.text.TextSearch;
import org.ansoplatform.search.text.Tokens;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a search from the index. The reader's audience tokens are a condition of every statement (hits and
 * facets alike), so a document the reader may not see is never read, counted or ranked. Titles weigh more than
 * texts (tsvector weights A and B). When the words match nothing, titles that nearly match them are found by
 * trigram word similarity instead (typo tolerance), and the result says so.
 */
@Service
@Transactional(readOnly = true)
public class SearchQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {
    };
    static final int SNIPPET = 220;
    /**
     * At most this many matches are counted and ranked. A word found in a large share of the index (measured:
     * one in 84% of 100,000 documents costs PostgreSQL 240 ms just to count) would otherwise make every search for
     * it read every match; beyond it the result says so, and ranks up to this many title matches (from their own
     * index) and as many other matches. Meilisearch stops at the same number by default (maxTotalHits); decisions
     * 136 and 138.
     */
    public static final int CANDIDATES = 1_000;

    private static final String EXACT = "d.words @@ cast(:query as tsquery)";
    private static final String APPROXIMATE = "cast(:plain as text) operator(search.<%) d.title_plain";
    private static final String FILTERS = """
             and (:everything or d.audience && cast(:audience as text[]))
             and (cast(:type as varchar) is null or d.type = cast(:type as varchar))
             and (cast(:year as integer) is null or d.year = cast(:year as integer))
             and (cast(:country as varchar) is null or cast(:country as varchar) = any(d.countries))
             and (cast(:language as varchar) is null or cast(:language as varchar) = any(d.languages))""";

    private final JdbcClient jdbc;

    SearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of what {@code reader} may see, with facets; the request is checked first. */
    public SearchResult search(SearchRequest request, Reader reader, Locale locale) {
        request.check();
        String query = TextSearch.query(request.q());
        Map<String, List<SearchResult.FacetValue>> facets = emptyFacets();
        List<SearchHit> hits = exact(request, query, reader, locale, facets);
        boolean approximate = false;
        String plain = Tokens.plainWords(request.q());
        if (total(facets) == 0 && !plain.isEmpty()) {
            approximate = true;
            facets = facets(APPROXIMATE, request, plain, reader);
            hits = total(facets) == 0 ? List.of() : approximateHits(request, plain, reader, locale);
        }
        long total = total(facets);
        boolean capped = total > CANDIDATES;
        return new SearchResult(new PageResult<>(hits, request.page(), request.size(), Math.min(total, CANDIDATES)), facets,
                approximate, capped);
    }

    /**
     * The page and the facets of an exact search in one statement, reading as few matches as it can (decision 138).
     * Title matches come first, ranked among themselves, then the other matches: {@code t} reads up to CANDIDATES + 1
     * title matches from their own index; when there are more, they alone are the facets and the page, and no other
     * match is read. Otherwise {@code m} reads up to CANDIDATES + 1 matches anywhere for the facets, and ranks those
     * whose titles do not match only when the page reaches past the title matches.
     */
    private List<SearchHit> exact(SearchRequest request, String query, Reader reader, Locale locale,
            Map<String, List<SearchResult.FacetValue>> facets) {
        Highlighter highlighter = new Highlighter(request.q(), false);
        String language = locale.getLanguage();
        List<SearchHit> hits = new ArrayList<>();
        params(jdbc.sql("""
                with t as materialized (
                         select d.module, d.type, d.id, d.year, d.countries, d.languages, ts_rank(d.words, cast(:query as tsquery)) as rank
                         from search.document d where d.title_words @@ cast(:query as tsquery) %1$s limit :cap),
                     m as materialized (
                         select d.module, d.type, d.id, d.year, d.countries, d.languages,
                                d.title_words @@ cast(:query as tsquery) as in_title, d.words
                         from search.document d where (select count(*) from t) < :cap and %2$s %1$s limit :cap),
                     f as (select type, year, countries, languages from t where (select count(*) from t) >= :cap
                           union all select type, year, countries, languages from m),
                     page as ((select module, type, id, year, 1 as part, rank from t
                               order by rank desc, year desc nulls last, module, type, id limit :end)
                              union all
                              (select module, type, id, year, 2, ts_rank(words, cast(:query as tsquery)) as rank from m
                               where not in_title and (select count(*) from t) < :end
                               order by rank desc, year desc nulls last, module, type, id limit :end)
                              order by part, rank desc, year desc nulls last, module, type, id limit :limit offset :offset)
                select 'hit' as facet, null as value, 0 as n, p.part, p.rank, d.module, d.type, d.id, d.path, d.year,
                       cast(d.title as text) as title, cast(d.body as text) as body
                from page p join search.document d on (d.module, d.type, d.id) = (p.module, p.type, p.id)
                union all select 'type', type, count(*), null, null, null, null, null, null, null, null, null from f group by type
                union all select 'year', cast(year as varchar), count(*), null, null, null, null, null, null, null, null, null
                          from f where year is not null group by year
                union all select 'country', c, count(*), null, null, null, null, null, null, null, null, null from f, unnest(countries) c group by c
                union all select 'language', l, count(*), null, null, null, null, null, null, null, null, null from f, unnest(languages) l group by l
                order by facet, part, rank desc nulls last, year desc nulls last, module, type, id, n desc, value desc"""
                .formatted(FILTERS, EXACT)), request, query, reader)
                .param("cap", CANDIDATES + 1)
                .param("end", (long) request.page() * request.size() + request.size())
                .param("limit", request.size()).param("offset", (long) request.page() * request.size())
                .query(rs -> {
                    String facet = rs.getString("facet");
                    if (facet.equals("hit")) {
                        hits.add(hit(rs, highlighter, language));
                    } else {
                        facets.get(facet).add(new SearchResult.FacetValue(rs.getString("value"), rs.getLong("n")));
                    }
                });
        return hits;
    }

    private List<SearchHit> approximateHits(SearchRequest request, String plain, Reader reader, Locale locale) {
        Highlighter highlighter = new Highlighter(request.q(), true);
        String language = locale.getLanguage();
        return params(jdbc.sql("select d.module, d.type, d.id, d.path, d.year, cast(d.title as text) as title, cast(d.body as text) as body, "
                + "search.word_similarity(cast(:plain as text), d.title_plain) as rank from search.document d where " + APPROXIMATE + "\n"
                + FILTERS + " order by rank desc, d.year desc nulls last, d.module, d.type, d.id limit :limit offset :offset"),
                request, plain, reader)
                .param("limit", request.size()).param("offset", (long) request.page() * request.size())
                .query((rs, row) -> hit(rs, highlighter, language)).list();
    }

    private static Map<String, List<SearchResult.FacetValue>> emptyFacets() {
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        SearchResult.FACETS.forEach(name -> facets.put(name, new ArrayList<>()));
        return facets;
    }

    private Map<String, List<SearchResult.FacetValue>> facets(String match, SearchRequest request, String query, Reader reader) {
        Map<String, List<SearchResult.FacetValue>> facets = emptyFacets();
        params(jdbc.sql("""
                with hit as (select d.type, d.year, d.countries, d.languages from search.document d where %s %s limit :cap)
                select 'type' as facet, type as value, count(*) as n from hit group by type
                union all select 'year', cast(year as varchar), count(*) from hit where year is not null group by year
                union all select 'country', c, count(*) from hit, unnest(countries) c group by c
                union all select 'language', l, count(*) from hit, unnest(languages) l group by l
                order by facet, n desc, value desc""".formatted(match, FILTERS)), request, query, reader)
                .param("cap", CANDIDATES + 1)
                .query(rs -> {
                    facets.get(rs.getString("facet")).add(new SearchResult.FacetValue(rs.getString("value"), rs.getLong("n")));
                });
        return facets;
    }

    private static long total(Map<String, List<SearchResult.FacetValue>> facets) {
        return facets.get("type").stream().mapToLong(SearchResult.FacetValue::count).sum();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, SearchRequest request, String query, Reader reader) {
        return sql.param("query", query).param("plain", query)
                .param("everything", reader.everything())
                .param("audience", reader.audience().toArray(String[]::new))
                .param("type", request.type()).param("year", request.year())
                .param("country", request.country()).param("language", request.language());
    }

    private static SearchHit hit(ResultSet rs, Highlighter highlighter, String language) throws SQLException {
        LocalizedText title = text(rs.getString("title"));
        LocalizedText body = text(rs.getString("body"));
        Locale locale = Locale.forLanguageTag(language);
        Highlight shownTitle = highlighter.mark(title.in(locale));
        Highlight snippet = highlighter.snippet(body.in(locale), SNIPPET);
        if (!shownTitle.marked() && !snippet.marked()) {
            // the words matched another language's title or text: show that one, so the reader sees why it was found
            for (String other : title.values().keySet()) {
                Highlight candidate = highlighter.mark(title.get(other));
                if (candidate.marked()) {
                    snippet = candidate;
                    break;
                }
            }
            for (String other : body.values().keySet()) {
                Highlight candidate = highlighter.snippet(body.get(other), SNIPPET);
                if (!snippet.marked() && candidate.marked()) {
                    snippet = candidate;
                }
            }
        }
        RecordRef ref = RecordRef.of(rs.getString("module"), rs.getString("type"), Rows.uuid(rs, "id"));
        return new SearchHit(ref, rs.getString("path"), Rows.integer(rs, "year"), shownTitle, snippet);
    }

    private static LocalizedText text(String json) {
        return json == null ? new LocalizedText(null) : new LocalizedText(JSON.readValue(json, TEXT));
    }
}
