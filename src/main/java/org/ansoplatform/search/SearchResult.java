package org.ansoplatform.search;

import java.util.List;
import java.util.Map;

import org.ansoplatform.shared.PageResult;

/**
 * A page of hits, best first, and the facets of every hit the reader may see (not only this page's), each value
 * with its count. {@code approximate}: nothing matched the words exactly, so these are titles that nearly match.
 */
public record SearchResult(PageResult<SearchHit> hits, Map<String, List<FacetValue>> facets, boolean approximate) {

    /** The facets, in the order pages show them. */
    public static final List<String> FACETS = List.of("type", "year", "country", "language");

    public record FacetValue(String value, long count) {
    }
}
