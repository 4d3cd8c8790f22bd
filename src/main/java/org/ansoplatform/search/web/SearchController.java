package org.ansoplatform.search.web;

import java.util.Locale;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.search.SearchQueries;
import org.ansoplatform.search.SearchRequest;
import org.ansoplatform.search.SearchResult;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The search page: a query with the facets as filter links and the hits with their matches marked. Without words
 * it only offers the box; words it cannot search are refused next to the box (422), never with an error page.
 */
@Controller
class SearchController {

    private final SearchQueries search;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    SearchController(SearchQueries search, CurrentActor currentActor, MessageSource messages) {
        this.search = search;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String year, @RequestParam(required = false) String country,
            @RequestParam(required = false) String language, @RequestParam(required = false) String page,
            Model model, Locale locale, HttpServletResponse response) {
        SearchRequest request = new SearchRequest(q, null, null, null, null, 0, 20);
        try {
            request = new SearchRequest(q, type, SearchApi.number(year, "year"), country, language, SearchApi.pageNumber(page), 20);
            model.addAttribute("request", request);
            if (request.q().isEmpty()) {
                return "search/search";
            }
            SearchResult result = search.search(request, currentActor.reader(), locale);
            model.addAttribute("result", result);
            model.addAttribute("facets", FacetLinks.of(request, result, messages, locale));
            model.addAttribute("types", new TypeNames(messages, locale));
        } catch (InvalidInputException refused) {
            model.addAttribute("request", request);
            var violation = refused.violations().get(0);
            model.addAttribute("error", messages.getMessage(violation.messageKey(), violation.args(), locale));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "search/search";
    }

    /** Names of record types for the hits, in the reader's language. */
    record TypeNames(MessageSource messages, Locale locale) {
        public String of(String type) {
            return FacetLinks.type(type, messages, locale);
        }
    }
}
