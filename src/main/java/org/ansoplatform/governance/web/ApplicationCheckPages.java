package org.ansoplatform.governance.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.governance.ApplicationState;
import org.ansoplatform.governance.MembershipManagement;
import org.ansoplatform.governance.MembershipQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat checks applications: complete (to the Board), or asks the applicant for more. */
@Controller
@RequestMapping("/secretariat/governance/applications")
public class ApplicationCheckPages {

    private static final String VIEW = "governance/secretariat/application";

    private final MembershipManagement management;
    private final MembershipQueries membership;
    private final MembershipApplicationDetails details;

    ApplicationCheckPages(MembershipManagement management, MembershipQueries membership, MembershipApplicationDetails details) {
        this.management = management;
        this.membership = membership;
        this.details = details;
    }

    @GetMapping
    String applications(@RequestParam(name = "state", required = false) ApplicationState state, Model model) {
        model.addAttribute("applications", membership.list(state));
        model.addAttribute("state", state);
        model.addAttribute("states", ApplicationState.values());
        return "governance/secretariat/applications";
    }

    @GetMapping("/{id}")
    String application(@PathVariable UUID id, Model model) {
        return details.show(id, model, VIEW);
    }

    @PostMapping("/{id}/request")
    String requestInformation(@PathVariable UUID id, @Valid @ModelAttribute("request") NoteForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> details.show(id, model, VIEW), () -> {
            management.requestInformation(id, form.note());
            return saved(id, redirect);
        });
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable UUID id, @Valid @ModelAttribute("completion") NoteForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> details.show(id, model, VIEW), () -> {
            management.confirmComplete(id, form.note());
            return saved(id, redirect);
        });
    }

    private static String saved(UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:/secretariat/governance/applications/" + id;
    }
}
