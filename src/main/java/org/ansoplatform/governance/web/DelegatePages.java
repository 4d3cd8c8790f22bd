package org.ansoplatform.governance.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.governance.DelegateManagement;
import org.ansoplatform.governance.DelegateQueries;
import org.ansoplatform.governance.MandateQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat appoints and ends the delegates who speak and vote for member organizations. */
@Controller
@RequestMapping("/secretariat/governance/delegates")
public class DelegatePages {

    private static final String PATH = "redirect:/secretariat/governance/delegates";

    private final DelegateManagement management;
    private final DelegateQueries delegates;
    private final MandateQueries mandates;

    DelegatePages(DelegateManagement management, DelegateQueries delegates, MandateQueries mandates) {
        this.management = management;
        this.delegates = delegates;
        this.mandates = mandates;
    }

    @GetMapping
    String delegates(Model model) {
        model.addAttribute("form", DelegateForm.empty());
        return page(model);
    }

    @PostMapping
    String appoint(@Valid @ModelAttribute("form") DelegateForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> page(model), () -> {
            management.appoint(form.email(), form.organizationId());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return PATH;
        });
    }

    @PostMapping("/{id}/end")
    String end(@PathVariable UUID id) {
        management.end(id);
        return PATH;
    }

    private String page(Model model) {
        model.addAttribute("delegates", delegates.current());
        model.addAttribute("members", mandates.members());
        return "governance/secretariat/delegates";
    }
}
