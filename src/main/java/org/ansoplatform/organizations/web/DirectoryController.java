package org.ansoplatform.organizations.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The public member directory: a filtered list (updated in place with htmx, or by plain GET) and detail pages. */
@Controller
public class DirectoryController {

    static final String LIST = "organizations/directory";
    static final String RESULTS = "organizations/directory :: results";

    private final DirectoryListing listing;
    private final OrganizationQueries queries;

    DirectoryController(DirectoryListing listing, OrganizationQueries queries) {
        this.listing = listing;
        this.queries = queries;
    }

    @GetMapping("/directory")
    String directory(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("listing", listing.list("/directory", false, q, country, type, status, page, locale));
        return view(htmx, historyRestore, response);
    }

    @GetMapping("/directory/{id}")
    String organization(@PathVariable String id, Model model) {
        UUID uuid = uuid(id);
        OrganizationView organization = queries.byId(uuid).orElseThrow(() -> new NotFoundException("organization"));
        model.addAttribute("organization", organization);
        model.addAttribute("history", queries.statusHistory(uuid));
        return "organizations/detail";
    }

    /**
     * htmx asks for the results only; a history restore (back button with an empty cache) needs the whole page.
     * Caches must keep the two answers apart.
     */
    static String view(String htmx, String historyRestore, HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean fragment = "true".equals(htmx) && !"true".equals(historyRestore);
        return fragment ? RESULTS : LIST;
    }

    /** A malformed id names nothing, so it is answered like an unknown one. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organization");
        }
    }
}
