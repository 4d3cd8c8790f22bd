package org.ansoplatform.search.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.search.SearchQueries;
import org.ansoplatform.search.SearchRequest;
import org.ansoplatform.search.SearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One search over every module's records, as JSON; each caller finds only what they may see. */
@RestController
@Tag(name = "Search", description = "Search every record the caller may see")
class SearchApi {

    /** A hit: {@code ref} is {@code module:type:id}; the highlights are escaped HTML with the matches in {@code <mark>}. */
    record Hit(String ref, String type, String title, String path, Integer year, String highlight, String snippet) {
    }

    @Schema(name = "SearchPage", description = "A page of search hits with their facets")
    record Page(List<Hit> hits, Map<String, List<SearchResult.FacetValue>> facets, boolean approximate, boolean capped, int page,
            int size,
            long total, int totalPages) {
    }

    private final SearchQueries search;
    private final CurrentActor currentActor;

    SearchApi(SearchQueries search, CurrentActor currentActor) {
        this.search = search;
        this.currentActor = currentActor;
    }

    @Operation(operationId = "search", summary = "Search", description = "Words in any language (Chinese too), with optional filters by the facets "
            + "type, year, country (ISO alpha-2) and language; pages from 0. When the words match nothing exactly, titles "
            + "that nearly match are answered and approximate is true. When more documents match than are counted and ranked, "
            + "capped is true and total is that bound: add a word to narrow the search.")
    @GetMapping("/api/v1/search")
    Page search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String year, @RequestParam(required = false) String country,
            @RequestParam(required = false) String language, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Locale locale) {
        Integer pageSize = number(size, "size");
        SearchRequest request = new SearchRequest(q, type, number(year, "year"), country, language, pageNumber(page),
                pageSize == null ? 20 : pageSize);
        SearchResult result = search.search(request, currentActor.reader(), locale);
        var hits = result.hits();
        return new Page(hits.items().stream().map(hit -> new Hit(hit.ref().toString(), hit.ref().type(), hit.title().plain(),
                hit.path(), hit.year(), hit.title().html(), hit.snippet().html())).toList(), result.facets(), result.approximate(),
                result.capped(), hits.page(), hits.size(), hits.total(), hits.totalPages());
    }

    /** A whole number as typed, or null when none was given; anything else is refused on its field. */
    static Integer number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "search.error.filter");
        }
    }

    static int pageNumber(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("page", "search.error.page");
        }
    }
}
