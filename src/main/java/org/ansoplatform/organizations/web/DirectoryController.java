package org.ansoplatform.organizations.web;

import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The public member directory: a filtered list (updated in place with htmx, or by plain GET) and detail pages. */
@Controller
public class DirectoryController {

    static final String LIST = "organizations/directory";

    private final DirectoryListing listing;
    private final OrganizationQueries queries;

    DirectoryController(DirectoryListing listing, OrganizationQueries queries) {
        this.listing = listing;
        this.queries = queries;
    }

    /** A filter that cannot be read is left out ({@code ignored}): the directory stays reachable from any old link. */
    @GetMapping("/directory")
    String directory(@ModelAttribute("filter") DirectoryFilter filter, BindingResult ignored, Htmx htmx, Locale locale,
            Model model) {
        model.addAttribute("listing", listing.list("/directory", false, filter, locale));
        return htmx.view(LIST, "results");
    }

    @GetMapping("/directory/{id}")
    String organization(@PathVariable UUID id, Model model) {
        OrganizationView organization = queries.byId(id).orElseThrow(() -> new NotFoundException("organization"));
        model.addAttribute("organization", organization);
        model.addAttribute("history", queries.statusHistory(id));
        return "organizations/detail";
    }
}
