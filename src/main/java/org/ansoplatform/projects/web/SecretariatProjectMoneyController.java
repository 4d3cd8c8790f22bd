package org.ansoplatform.projects.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.projects.ProjectView;
import org.ansoplatform.projects.money.ProjectMoney;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's money as the Secretariat enters it: budget lines, tranches paid, expenditure per partner. */
@Controller
@RequestMapping(SecretariatProjectPage.PATH + "/{id}")
@PreAuthorize("hasRole('SECRETARIAT')")
public class SecretariatProjectMoneyController {

    private final ProjectMoney money;
    private final SecretariatProjectPage page;

    SecretariatProjectMoneyController(ProjectMoney money, SecretariatProjectPage page) {
        this.money = money;
        this.page = page;
    }

    /** Refused when the lines would pass the granted amount or the year is outside the project's: nothing changes. */
    @PostMapping("/budget")
    String setBudgetLine(@PathVariable UUID id, @Valid @ModelAttribute("budgetForm") ProjectPageForms.BudgetForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return entry(id, form, result, model, response, redirect,
                project -> money.setBudgetLine(project, form.year(), form.category(), form.amount()));
    }

    @PostMapping("/tranches")
    String addTranche(@PathVariable UUID id, @Valid @ModelAttribute("trancheForm") ProjectPageForms.TrancheForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return entry(id, form, result, model, response, redirect,
                project -> money.addTranche(project, form.paidOn(), form.amount(), form.reference(), form.note()));
    }

    /** A correction is a negative amount: expenditure is never edited. */
    @PostMapping("/expenditure")
    String addExpenditure(@PathVariable UUID id,
            @Valid @ModelAttribute("expenditureForm") ProjectPageForms.ExpenditureForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return entry(id, form, result, model, response, redirect, project -> money.addExpenditure(project,
                form.partnerId(), form.year(), form.category(), form.amount(), form.description()));
    }

    private String entry(UUID id, Object form, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect, java.util.function.Consumer<UUID> action) {
        ProjectView project = page.existing(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return page.page(project.id(), model);
        }
        try {
            action.accept(project.id());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:" + SecretariatProjectPage.PATH + "/" + project.id() + "#money";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page.page(project.id(), model);
        }
    }
}
