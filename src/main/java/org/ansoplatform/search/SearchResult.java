package org.ansoplatform.search;

import java.util.List;
import java.util.Map;

import org.ansoplatform.shared.PageResult;

/**
 * A page of hits, best first, and the facets of every hit the reader may see (not only this page's), each value
 * with its count. {@code approximate}: nothing matched the words exactly, so these are titles that nearly match.
 * {@code capped}: more than {@code SearchQueries.CANDIDATES} documents match; the total and the facets count the
 * first of them (the title matches alone when there are that many) and the hits rank the title matches first, so
 * the reader should add a word.
 */
public record SearchResult(PageResult<SearchHit> hits, Map<String, List<FacetValue>> facets, boolean approximate,
        boolean capped) {

    /** The facets, in the order pages show them. */
    public static final List<String> FACETS = List.of("type", "year", "country", "language");

    public record FacetValue(String value, long count) {
    }
}
