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
    private final OrganizationJsonLd jsonLd;

    DirectoryController(DirectoryListing listing, OrganizationQueries queries, OrganizationJsonLd jsonLd) {
        this.listing = listing;
        this.queries = queries;
        this.jsonLd = jsonLd;
    }

    /** A filter that cannot be read is left out ({@code ignored}): the directory stays reachable from any old link. */
    @GetMapping("/directory")
    String directory(@ModelAttribute("filter") DirectoryFilter filter, BindingResult ignored, Htmx htmx, Locale locale,
            Model model) {
        DirectoryListing.Listing shown = listing.list("/directory", false, filter, locale);
        model.addAttribute("listing", shown);
        model.addAttribute("jsonLd", jsonLd.list(shown.result().items(), shown.result().page() * shown.result().size() + 1));
        return htmx.view(LIST, "results");
    }

    @GetMapping("/directory/{id}")
    String organization(@PathVariable UUID id, Model model) {
        OrganizationView organization = queries.byId(id).orElseThrow(() -> new NotFoundException("organization"));
        model.addAttribute("organization", organization);
        model.addAttribute("jsonLd", jsonLd.of(organization));
        model.addAttribute("history", queries.statusHistory(id));
        return "organizations/detail";
    }
}
