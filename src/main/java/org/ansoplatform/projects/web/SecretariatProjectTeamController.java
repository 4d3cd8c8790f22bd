package org.ansoplatform.projects.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.projects.ProjectView;
import org.ansoplatform.projects.core.ProjectTeams;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's partners and teams, kept by the Secretariat. A partner the directory lacks is refused, and the page
 * offers the directory's form prefilled with the name and country typed.
 */
@Controller
@RequestMapping(SecretariatProjectPage.PATH + "/{id}")
@PreAuthorize("hasRole('SECRETARIAT')")
public class SecretariatProjectTeamController {

    private final ProjectTeams teams;
    private final SecretariatProjectPage page;

    SecretariatProjectTeamController(ProjectTeams teams, SecretariatProjectPage page) {
        this.teams = teams;
        this.page = page;
    }

    @PostMapping("/partners")
    String addPartner(@PathVariable UUID id, @Valid @ModelAttribute("partnerForm") ProjectPageForms.PartnerForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProjectView project = page.existing(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return page.page(project.id(), model);
        }
        try {
            teams.addPartner(project.id(), new ProjectTeams.PartnerCommand(form.organizationId(), form.organization(), form.role()));
            redirect.addFlashAttribute("flashSuccess", "projects.project.partnerAdded");
            return "redirect:" + SecretariatProjectPage.PATH + "/" + project.id() + "#partners";
        } catch (InvalidInputException refusal) {
            if (refusal.violations().stream().anyMatch(v -> v.messageKey().equals("projects.project.error.notInDirectory"))) {
                model.addAttribute("addToDirectory", SecretariatProjectPage.addToDirectory(form.organization(), form.country()));
            }
            FormErrors.refuse(refusal, result, response);
            return page.page(project.id(), model);
        }
    }

    @PostMapping("/partners/{partnerId}/remove")
    String removePartner(@PathVariable UUID id, @PathVariable UUID partnerId, RedirectAttributes redirect) {
        ProjectView project = page.existing(id);
        Flash.outcome(redirect, () -> teams.removePartner(project.id(), partnerId), "projects.project.partnerRemoved");
        return "redirect:" + SecretariatProjectPage.PATH + "/" + project.id() + "#partners";
    }

    @PostMapping("/members")
    String addMember(@PathVariable UUID id, @Valid @ModelAttribute("memberForm") ProjectPageForms.MemberForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProjectView project = page.existing(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return page.page(project.id(), model);
        }
        try {
            teams.addMember(project.id(), new ProjectTeams.MemberCommand(form.partnerId(), form.name(), form.email(),
                    form.orcid(), form.role(), null));
            redirect.addFlashAttribute("flashSuccess", "projects.project.memberAdded");
            return "redirect:" + SecretariatProjectPage.PATH + "/" + project.id() + "#partners";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page.page(project.id(), model);
        }
    }

    @PostMapping("/members/{memberId}/remove")
    String removeMember(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes redirect) {
        ProjectView project = page.existing(id);
        Flash.outcome(redirect, () -> teams.removeMember(project.id(), memberId), "projects.project.memberRemoved");
        return "redirect:" + SecretariatProjectPage.PATH + "/" + project.id() + "#partners";
    }
}
