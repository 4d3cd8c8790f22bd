package org.ansoplatform.publications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.PublicationAccess;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.SeriesView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat creates series; the Secretariat and a series' editors change it (its kind stays). */
@Controller
class SeriesManagePages {

    private final PublicationManagement management;
    private final PublicationsReading reading;
    private final AccountQueries accounts;
    private final OrganizationQueries organizations;
    private final Languages languages;

    SeriesManagePages(PublicationManagement management, PublicationsReading reading, AccountQueries accounts,
            OrganizationQueries organizations, Languages languages) {
        this.management = management;
        this.reading = reading;
        this.accounts = accounts;
        this.organizations = organizations;
        this.languages = languages;
    }

    @GetMapping(PublicationsWeb.MANAGE + "/series/new")
    String create(Model model) {
        secretariat();
        model.addAttribute("form", SeriesForm.blank());
        return form(null, model);
    }

    @PostMapping(PublicationsWeb.MANAGE + "/series")
    String add(@Valid @ModelAttribute("form") SeriesForm form, BindingResult result, Model model, HttpServletResponse response) {
        secretariat();
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return form(null, model);
        }
        try {
            UUID id = management.createSeries(form.command(people(form.editorEmails(), "editorEmails"),
                    people(form.readerEmails(), "readerEmails")));
            return "redirect:" + PublicationsWeb.MANAGE + "/series/" + id;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(null, model);
        }
    }

    @GetMapping(PublicationsWeb.MANAGE + "/series/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        SeriesView s = reading.editedSeries(id);
        model.addAttribute("form", SeriesForm.of(s, emails(s.editors()), emails(s.readerPeople())));
        return form(s, model);
    }

    @PostMapping(PublicationsWeb.MANAGE + "/series/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") SeriesForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        SeriesView s = reading.editedSeries(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return form(s, model);
        }
        try {
            management.updateSeries(id, form.command(people(form.editorEmails(), "editorEmails"),
                    people(form.readerEmails(), "readerEmails")));
            redirect.addFlashAttribute("flashSuccess", "publications.flash.seriesSaved");
            return "redirect:" + PublicationsWeb.MANAGE + "/series/" + id;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(s, model);
        }
    }

    private void secretariat() {
        if (!reading.reader().hasRole(PublicationAccess.EDITOR_ROLE)) {
            throw new NotFoundException("series");
        }
    }

    private List<String> emails(List<UUID> people) {
        return people.stream().map(p -> accounts.person(p).map(AccountQueries.PersonView::email).orElse(p.toString())).toList();
    }

    private List<UUID> people(String text, String field) {
        List<UUID> ids = new ArrayList<>();
        List<InvalidInputException.Violation> unknown = new ArrayList<>();
        for (String email : IssueForm.lines(text)) {
            accounts.idOf(email).ifPresentOrElse(ids::add,
                    () -> unknown.add(new InvalidInputException.Violation(field, "publications.error.unknownPerson", email)));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return ids;
    }

    private String form(SeriesView s, Model model) {
        model.addAttribute("s", s);
        model.addAttribute("kinds", SeriesKind.values());
        model.addAttribute("cadences", Cadence.values());
        model.addAttribute("policies", AccessPolicy.values());
        model.addAttribute("organizations", organizations.all());
        model.addAttribute("languageTags", languages.choices());
        return "publications/series/series-form";
    }
}
