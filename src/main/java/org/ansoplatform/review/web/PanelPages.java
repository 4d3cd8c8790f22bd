package org.ansoplatform.review.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.RunSummary;
import org.ansoplatform.review.web.PanelForms.InviteForm;
import org.ansoplatform.review.web.PanelForms.OpenForm;
import org.ansoplatform.review.web.PanelForms.SettingsForm;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's panels: opening one for a scope, its settings, loading subjects, inviting and
 * withdrawing reviewers, and opening reviewing (conflicts, pins and bans and the assignment:
 * {@link PanelAssignmentPages}).
 */
@Controller
@RequestMapping("/secretariat/review/panels")
@PreAuthorize("hasRole('SECRETARIAT')")
class PanelPages {

    static final String BASE = "/secretariat/review/panels";

    private final PanelSetup setup;
    private final PanelQueries panels;
    private final PanelPageModel page;
    private final MessageSource messages;

    PanelPages(PanelSetup setup, PanelQueries panels, PanelPageModel page, MessageSource messages) {
        this.setup = setup;
        this.panels = panels;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("openForm")) {
            model.addAttribute("openForm", new OpenForm(null));
        }
        model.addAttribute("panels", panels.list());
        model.addAttribute("scopes", panels.openableScopes());
        return "review/panels/list";
    }

    /** The list's one form: a scope no longer offered (or none, or a malformed id) is refused next to the select. */
    @PostMapping
    String open(@ModelAttribute("openForm") OpenForm form, BindingResult result, HttpServletResponse response, Model model) {
        result = FormErrors.retarget(form, result, model);
        String type = result.hasErrors() || form.scope() == null ? null : panels.openableScopes().stream()
                .filter(scope -> scope.scope().id().equals(form.scope())).map(scope -> scope.scope().type()).findFirst().orElse(null);
        try {
            return "redirect:" + BASE + "/" + setup.open(type, form.scope());
        } catch (InvalidInputException refusal) {
            if (result.hasFieldErrors("scope")) {
                // a malformed id says so in the reader's language already; the service's reason would repeat it
                FormErrors.refused(response);
            } else {
                FormErrors.refuse(refusal, result, response);
            }
            model.addAttribute("openForm", form);
            return list(model);
        }
    }

    @GetMapping("/{id}")
    String panel(@PathVariable UUID id, @RequestParam(required = false) String field, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int pairs, Locale locale, Model model) {
        return this.page.page(id, new PanelPageModel.Shown(field, page, pairs), locale, model);
    }

    @PostMapping("/{id}/settings")
    String settings(@PathVariable UUID id, @Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult result,
            HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                setup.configure(id, form.settings(), Boolean.TRUE.equals(form.doubleBlind()));
                redirect.addFlashAttribute("flashSuccess", "flash.saved");
                return "redirect:" + BASE + "/" + id;
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, result);
            }
        }
        if (result.getTarget() == null) {
            // a value of the wrong kind leaves no form to show: the stored settings again, each refusal on its field
            BeanPropertyBindingResult shown = new BeanPropertyBindingResult(SettingsForm.of(panels.get(id)), "settingsForm");
            shown.addAllErrors(result);
            model.addAttribute("settingsForm", shown.getTarget());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "settingsForm", shown);
        }
        FormErrors.refused(response);
        return page.page(id, PanelPageModel.Shown.first(), locale, model);
    }

    @PostMapping("/{id}/subjects")
    String loadSubjects(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> setup.loadSubjects(id), "flash.saved");
        return "redirect:" + BASE + "/" + id;
    }

    /** Checkboxes of the pool: none chosen, or a reviewer no longer in it, shows the panel again (422) with the message by the list. */
    @PostMapping("/{id}/invitations")
    String invite(@PathVariable UUID id, @Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult result,
            HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
        BindingResult bound = FormErrors.retarget(form, result, model);
        if (!bound.hasErrors()) {
            try {
                setup.invite(id, form.reviewers());
                redirect.addFlashAttribute("flashSuccess", "flash.saved");
                return "redirect:" + BASE + "/" + id;
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, bound);
            }
        }
        FormErrors.refused(response);
        return page.page(id, PanelPageModel.Shown.first(), locale, model);
    }

    @PostMapping("/{id}/members/{reviewerId}/withdrawal")
    String withdraw(@PathVariable UUID id, @PathVariable UUID reviewerId, RedirectAttributes redirect, Locale locale) {
        try {
            Flash.outcome(redirect, () -> setup.withdraw(id, reviewerId), "flash.saved");
        } catch (RunSummary.Infeasible infeasible) {
            redirect.addFlashAttribute("explanations", explanations(infeasible.summary(), messages, locale));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/reviewing")
    String openReviewing(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> setup.openReviewing(id), "flash.saved");
        return "redirect:" + BASE + "/" + id;
    }

    /** Why an assignment run is infeasible, in the reader's language. */
    static List<String> explanations(RunSummary run, MessageSource messages, Locale locale) {
        return run.explanations().stream()
                .map(e -> messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale)).toList();
    }
}
