package org.ansoplatform.organizations.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.CountryCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat keeps the directory: the list with edit links, and the forms to register and change. */
@Controller
@RequestMapping("/secretariat/organizations")
@PreAuthorize("hasRole('SECRETARIAT')")
public class OrganizationAdminController {

    static final String PATH = "/secretariat/organizations";
    static final String FORM = "organizations/form";

    private final DirectoryListing listing;
    private final OrganizationQueries queries;
    private final OrganizationManagement management;

    OrganizationAdminController(DirectoryListing listing, OrganizationQueries queries, OrganizationManagement management) {
        this.listing = listing;
        this.queries = queries;
        this.management = management;
    }

    @GetMapping
    String list(@ModelAttribute("filter") DirectoryFilter filter, BindingResult ignored, Htmx htmx, Locale locale,
            Model model) {
        model.addAttribute("listing", listing.list(PATH, true, filter, locale));
        return htmx.view(DirectoryController.LIST, "results");
    }

    /** Prefilled where another page sends an institution the directory lacks (a project's partner). */
    @GetMapping("/new")
    String newForm(@org.springframework.web.bind.annotation.RequestParam(required = false) String name,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String country,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String status, Model model, Locale locale) {
        model.addAttribute("form", OrganizationForm.prefilled(name, country, status));
        return form(model, null, locale);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return form(model, null, locale);
        }
        try {
            UUID id = management.create(form.command());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:/directory/" + id;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(model, null, locale);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        OrganizationView organization = existing(id);
        model.addAttribute("form", OrganizationForm.of(organization));
        return form(model, organization, locale);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult result,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        OrganizationView organization = existing(id);
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return form(model, organization, locale);
        }
        try {
            management.update(organization.id(), form.command());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:/directory/" + organization.id();
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(model, organization, locale);
        }
    }

    private OrganizationView existing(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("organization"));
    }

    private String form(Model model, OrganizationView organization, Locale locale) {
        model.addAttribute("organization", organization);
        model.addAttribute("formAction", organization == null ? PATH + "/new" : PATH + "/" + organization.id() + "/edit");
        model.addAttribute("cancelUrl", organization == null ? PATH : "/directory/" + organization.id());
        model.addAttribute("types", Arrays.asList(OrganizationType.values()));
        model.addAttribute("statuses", Arrays.asList(OrganizationStatus.values()));
        model.addAttribute("allCountries", DirectoryListing.countryOptions(
                CountryCode.all().stream().map(CountryCode::new).toList(), locale));
        return FORM;
    }
}
