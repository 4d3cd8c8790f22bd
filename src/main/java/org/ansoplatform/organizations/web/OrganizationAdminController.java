package org.ansoplatform.organizations.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("listing", listing.list(PATH, true, q, country, type, status, page, locale));
        return DirectoryController.view(htmx, historyRestore, response);
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        model.addAttribute("form", OrganizationForm.empty());
        return form(model, null, locale);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        OrganizationCommand command = command(form, binding);
        if (command == null) {
            return form(model, null, locale);
        }
        try {
            UUID id = management.create(command);
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:/directory/" + id;
        } catch (InvalidInputException e) {
            reject(e, binding);
            return form(model, null, locale);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String id, Model model, Locale locale) {
        OrganizationView organization = existing(id);
        model.addAttribute("form", OrganizationForm.of(organization));
        return form(model, organization, locale);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        OrganizationView organization = existing(id);
        OrganizationCommand command = command(form, binding);
        if (command == null) {
            return form(model, organization, locale);
        }
        try {
            management.update(organization.id(), command);
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:/directory/" + organization.id();
        } catch (InvalidInputException e) {
            reject(e, binding);
            return form(model, organization, locale);
        }
    }

    private OrganizationView existing(String id) {
        return queries.byId(DirectoryController.uuid(id)).orElseThrow(() -> new NotFoundException("organization"));
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

    /** The command the form asks for, or null when the form itself is already in error. */
    private static OrganizationCommand command(OrganizationForm form, BindingResult binding) {
        if (binding.hasErrors()) {
            return null;
        }
        OrganizationType type = DirectoryListing.parse(OrganizationType.class, form.type());
        if (type == null) {
            binding.rejectValue("type", "organizations.error.type");
        }
        OrganizationStatus status = DirectoryListing.parse(OrganizationStatus.class, form.status());
        if (status == null) {
            binding.rejectValue("status", "organizations.error.status");
        }
        LocalDate since = null;
        if (form.statusSince() != null && !form.statusSince().isBlank()) {
            try {
                since = LocalDate.parse(form.statusSince().strip());
            } catch (DateTimeParseException e) {
                binding.rejectValue("statusSince", "validation.date");
            }
        }
        if (binding.hasErrors()) {
            return null;
        }
        return new OrganizationCommand(form.name(), form.originalName(), form.country(), type, status, since,
                form.website(), form.rorId());
    }

    private static void reject(InvalidInputException e, BindingResult binding) {
        for (InvalidInputException.Violation v : e.violations()) {
            if (v.field() == null) {
                binding.reject(v.messageKey(), v.args(), null);
            } else {
                binding.rejectValue(v.field(), v.messageKey(), v.args(), null);
            }
        }
    }
}
