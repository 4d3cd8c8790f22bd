package org.ansoplatform.datasets.deposit;

import java.util.List;
import java.util.Map;

import org.ansoplatform.shared.PageResult;

/** A page of the catalogue with the facets' values and counts over everything the filter matches. */
public record CataloguePage(PageResult<CatalogueCard> result, Map<CatalogueFacet, List<FacetCount>> facets) {

    public List<FacetCount> facet(CatalogueFacet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** A value of a facet and how many datasets of the list have it. */
    public record FacetCount(String value, long count) {
    }
}
