package org.ansoplatform.governance.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.governance.MembershipManagement;
import org.ansoplatform.governance.MembershipQueries;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.platform.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Any signed-in person applies on behalf of an organization and follows their applications. */
@Controller
public class MembershipPages {

    private final MembershipManagement management;
    private final MembershipQueries membership;
    private final MembershipApplicationDetails details;
    private final GovernanceDocuments documentStore;
    private final CurrentActor currentActor;

    MembershipPages(MembershipManagement management, MembershipQueries membership, MembershipApplicationDetails details,
            GovernanceDocuments documentStore, CurrentActor currentActor) {
        this.management = management;
        this.membership = membership;
        this.details = details;
        this.documentStore = documentStore;
        this.currentActor = currentActor;
    }

    @GetMapping("/membership")
    String mine(Model model) {
        model.addAttribute("applications", membership.ofApplicant(currentActor.personId()));
        return "governance/membership";
    }

    @GetMapping("/membership/apply")
    String applyForm(Model model) {
        model.addAttribute("form", ApplicationForm.empty());
        return form(model);
    }

    @PostMapping("/membership/apply")
    String apply(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult result,
            @RequestParam(name = "documents", required = false) List<MultipartFile> documents, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> form(model), () -> {
            UUID id = management.submit(form.command(documentStore.store(documents)));
            redirect.addFlashAttribute("flashSuccess", "governance.application.submitted");
            return "redirect:/membership/applications/" + id;
        });
    }

    @GetMapping("/membership/applications/{id}")
    String detail(@PathVariable UUID id, Model model) {
        membership.own(id, currentActor.personId());
        return details.show(id, model, "governance/application");
    }

    @PostMapping("/membership/applications/{id}/answer")
    String answer(@PathVariable UUID id, @Valid @ModelAttribute("form") NoteForm form, BindingResult result,
            @RequestParam(name = "documents", required = false) List<MultipartFile> documents, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        membership.own(id, currentActor.personId());
        return FormPost.send(result, response, () -> details.show(id, model, "governance/application"), () -> {
            management.answer(id, form.note(), documentStore.store(documents));
            redirect.addFlashAttribute("flashSuccess", "governance.application.answered");
            return "redirect:/membership/applications/" + id;
        });
    }

    private String form(Model model) {
        model.addAttribute("types", Arrays.asList(OrganizationType.values()));
        return "governance/apply";
    }
}
