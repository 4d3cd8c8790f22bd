package org.ansoplatform.accounts.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators find people, invite them, and grant or revoke roles. */
@Controller
class PeopleAdminController {

    private final AccountManagement accounts;
    private final AccountQueries queries;

    PeopleAdminController(AccountManagement accounts, AccountQueries queries) {
        this.accounts = accounts;
        this.queries = queries;
    }

    @GetMapping("/admin/people")
    String people(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") int page, Htmx htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        model.addAttribute("people", queries.search(q, role, PageRequest.of(page, 25)));
        return htmx.view("accounts/admin/people", "results");
    }

    @GetMapping("/admin/people/{id}")
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("person", queries.person(id).orElseThrow(() -> new NotFoundException("person")));
        model.addAttribute("roles", Role.values());
        return "accounts/admin/person";
    }

    @PostMapping("/admin/people/{id}/roles")
    String grant(@PathVariable UUID id, @RequestParam Role role, RedirectAttributes redirect) {
        accounts.grant(id, role);
        redirect.addFlashAttribute("flashSuccess", "accounts.admin.granted");
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/admin/people/{id}/roles/{role}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable Role role, RedirectAttributes redirect) {
        try {
            accounts.revoke(id, role);
            redirect.addFlashAttribute("flashSuccess", "accounts.admin.revoked");
        } catch (InvalidInputException refused) {
            Flash.refused(redirect, refused);
        }
        return "redirect:/admin/people/" + id;
    }

    @GetMapping("/admin/people/invite")
    String inviteForm(Model model) {
        model.addAttribute("form", Forms.Invitation.empty());
        model.addAttribute("roles", Role.values());
        return "accounts/admin/invite";
    }

    @PostMapping("/admin/people/invite")
    String invite(@Valid @ModelAttribute("form") Forms.Invitation form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("roles", Role.values());
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return "accounts/admin/invite";
        }
        try {
            Set<Role> roles = form.roles() == null ? Set.of() : form.roles();
            UUID id = accounts.invite(form.email(), form.displayName(), roles,
                    form.language() == null ? locale.getLanguage() : form.language());
            redirect.addFlashAttribute("flashSuccess", "accounts.admin.invited");
            return "redirect:/admin/people/" + id;
        } catch (InvalidInputException refused) {
            FormErrors.refuse(refused, result, response);
            return "accounts/admin/invite";
        }
    }
}
