package org.ansoplatform.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.search.SearchRequest;
import org.ansoplatform.search.SearchResult;
import org.ansoplatform.shared.CountryCode;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

import com.ibm.icu.util.ULocale;

/** The facets as links that add their filter to the search (or take it away when chosen), named in the reader's language. */
final class FacetLinks {

    record Group(String name, List<Link> links) {
    }

    record Link(String label, long count, String href, boolean active) {
    }

    private FacetLinks() {
    }

    static List<Group> of(SearchRequest request, SearchResult result, MessageSource messages, Locale locale) {
        List<Group> groups = new ArrayList<>();
        for (String facet : SearchResult.FACETS) {
            List<Link> links = new ArrayList<>();
            String chosen = chosen(request, facet);
            for (SearchResult.FacetValue value : result.facets().getOrDefault(facet, List.of())) {
                boolean active = value.value().equals(chosen);
                links.add(new Link(label(facet, value.value(), messages, locale), value.count(),
                        href(request, facet, active ? null : value.value()), active));
            }
            if (!links.isEmpty()) {
                groups.add(new Group(facet, links));
            }
        }
        return groups;
    }

    static String type(String type, MessageSource messages, Locale locale) {
        return messages.getMessage("search.type." + type, null, type, locale);
    }

    private static String label(String facet, String value, MessageSource messages, Locale locale) {
        return switch (facet) {
            case "type" -> type(value, messages, locale);
            case "country" -> CountryCode.isValid(value) ? new CountryCode(value).displayName(locale) : value;
            case "language" -> ULocale.forLanguageTag(value).getDisplayLanguage(ULocale.forLocale(locale));
            default -> value;
        };
    }

    private static String chosen(SearchRequest request, String facet) {
        return switch (facet) {
            case "type" -> request.type();
            case "year" -> request.year() == null ? null : request.year().toString();
            case "country" -> request.country();
            default -> request.language();
        };
    }

    /** The search with one filter set (or removed when {@code value} is null), from its first page. */
    static String href(SearchRequest request, String facet, String value) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : SearchResult.FACETS) {
            filters.put(name, name.equals(facet) ? value : chosen(request, name));
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/search").queryParam("q", request.q());
        filters.forEach((name, chosen) -> {
            if (chosen != null) {
                link.queryParam(name, chosen);
            }
        });
        return link.encode().build().toUriString();
    }
}
