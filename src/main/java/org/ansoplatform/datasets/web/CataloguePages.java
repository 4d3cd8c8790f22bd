package org.ansoplatform.datasets.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.CatalogueCard;
import org.ansoplatform.datasets.deposit.CatalogueFacet;
import org.ansoplatform.datasets.deposit.CatalogueFilter;
import org.ansoplatform.datasets.deposit.CataloguePage;
import org.ansoplatform.datasets.deposit.CatalogueQueries;
import org.ansoplatform.datasets.deposit.SpdxLicences;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.shared.CountryCode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public catalogue: published datasets (latest version each), newest first, twenty a page, narrowed by words and
 * facets whose options carry their counts; {@code ?project=} and {@code ?organization=} give a project's or an
 * organization's catalogue with a heading naming it. A plain GET form without JavaScript; with htmx the results and
 * facets are replaced in place as the filters change.
 */
@Controller
class CataloguePages {

    static final String PAGE = "datasets/catalogue";

    private final CatalogueQueries catalogue;
    private final PublicProjectQueries projects;
    private final OrganizationQueries organizations;
    private final SpdxLicences licences;
    private final CurrentActor currentActor;

    CataloguePages(CatalogueQueries catalogue, PublicProjectQueries projects, OrganizationQueries organizations,
            SpdxLicences licences, CurrentActor currentActor) {
        this.catalogue = catalogue;
        this.projects = projects;
        this.organizations = organizations;
        this.licences = licences;
        this.currentActor = currentActor;
    }

    /** A value that cannot be read is left out, the others kept: the catalogue stays reachable from any old link. */
    @GetMapping(DatasetsPaths.DATASETS)
    String catalogue(Htmx htmx, Locale locale, HttpServletRequest request, Model model) {
        CatalogueFilter asked = lenient(request);
        PublicProject project = asked.project() == null ? null
                : projects.readable(asked.project(), currentActor.reader()).orElse(null);
        OrganizationView organization = asked.organization() == null ? null
                : organizations.byId(asked.organization()).orElse(null);
        CataloguePage page = catalogue.search(asked);
        model.addAttribute("filter", asked);
        model.addAttribute("page", page);
        Map<UUID, Optional<PublicProject>> funders = new HashMap<>();
        model.addAttribute("cards", page.result().items().stream().map(card -> card(card, funders, locale)).toList());
        model.addAttribute("facets", facets(page, asked, locale));
        model.addAttribute("project", project);
        model.addAttribute("projectTitle", project == null ? null : project.title(locale));
        model.addAttribute("organization", organization);
        return htmx.view(PAGE, "results");
    }

    /** The filter read value by value, a value that cannot be read (a number, an id) left out. */
    static CatalogueFilter lenient(HttpServletRequest request) {
        return new CatalogueFilter(request.getParameter("q"), request.getParameter("subject"), number(request.getParameter("sdg")),
                request.getParameter("country"), number(request.getParameter("year")), request.getParameter("format"),
                request.getParameter("licence"), id(request.getParameter("project")), id(request.getParameter("organization")),
                number(request.getParameter("page")));
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID id(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A card as the page shows it: title in the reader's language (else the first), the project's name. */
    record Card(CatalogueCard card, String title, String projectTitle, String projectPath, String licenceName) {
    }

    private Card card(CatalogueCard card, Map<UUID, Optional<PublicProject>> funders, Locale locale) {
        PublicProject project = card.projectId() == null ? null : funders.computeIfAbsent(card.projectId(), projects::byId)
                .filter(PublicProject::published).orElse(null);
        String licence = card.licence() == null ? null : licences.byId(card.licence()).map(SpdxLicences.Licence::name)
                .orElse(card.licence());
        return new Card(card, card.title(locale.getLanguage()),
                project == null ? null : (project.acronym() == null ? project.code() : project.acronym()),
                project == null ? null : "/projects/" + project.id(), licence);
    }

    /** One facet's options: the value sent, the label shown (a country's or licence's name), the count. */
    record Option(String value, String label, long count) {
    }

    record Facet(String name, CatalogueFacet facet, String selected, List<Option> options) {
    }

    private List<Facet> facets(CataloguePage page, CatalogueFilter filter, Locale locale) {
        return List.of(CatalogueFacet.values()).stream().map(facet -> new Facet(param(facet), facet, selected(facet, filter),
                page.facet(facet).stream().map(c -> new Option(c.value(), label(facet, c.value(), locale), c.count()))
                        .sorted(facet == CatalogueFacet.COUNTRY ? Comparator.comparing(Option::label) : (a, b) -> 0)
                        .toList()))
                .toList();
    }

    private static String selected(CatalogueFacet facet, CatalogueFilter f) {
        Object value = switch (facet) {
            case SUBJECT -> f.subject();
            case SDG -> f.sdg();
            case COUNTRY -> f.country();
            case YEAR -> f.year();
            case FORMAT -> f.format();
            case LICENCE -> f.licence();
        };
        return value == null ? "" : value.toString();
    }

    static String param(CatalogueFacet facet) {
        return facet.name().toLowerCase(Locale.ROOT);
    }

    private String label(CatalogueFacet facet, String value, Locale locale) {
        return switch (facet) {
            case COUNTRY -> CountryCode.name(value, locale);
            case LICENCE -> licences.byId(value).map(SpdxLicences.Licence::id).orElse(value);
            default -> value;
        };
    }
}
