package org.ansoplatform.governance.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.governance.AssociationManagement;
import org.ansoplatform.governance.StatuteManagement;
import org.ansoplatform.governance.StatuteQueries;
import org.ansoplatform.governance.VersionView;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat records proposals the bodies will decide on: amendments to the Statutes, new associations. */
@Controller
@RequestMapping("/secretariat/governance")
public class ProposalPages {

    private final StatuteManagement statuteManagement;
    private final StatuteQueries statutes;
    private final AssociationManagement associations;

    ProposalPages(StatuteManagement statuteManagement, StatuteQueries statutes, AssociationManagement associations) {
        this.statuteManagement = statuteManagement;
        this.statutes = statutes;
        this.associations = associations;
    }

    /** The form starts from the text in force of the chosen article, so that an amendment edits rather than retypes it. */
    @GetMapping("/amendments/new")
    String amendmentForm(@RequestParam(name = "article", required = false) String article, Model model) {
        VersionView current = statutes.current().orElseThrow(() -> new NotFoundException("statute version"));
        String number = article == null ? "" : article.strip();
        model.addAttribute("form", statutes.article(current.number(), number)
                .map(a -> new AmendmentForm(current.number(), a.number(), a.heading(), a.body(), null))
                .orElseGet(() -> number.isEmpty() || number.length() > 20 ? AmendmentForm.empty()
                        : new AmendmentForm(current.number(), number, null, null, null)));
        return amendment(model);
    }

    @PostMapping("/amendments")
    String propose(@Valid @ModelAttribute("form") AmendmentForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> amendment(model), () -> {
            UUID id = statuteManagement.propose(form.command());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:/governance/amendments/" + id;
        });
    }

    @GetMapping("/associations/new")
    String associationForm(Model model) {
        model.addAttribute("form", AssociationForm.empty());
        return "governance/secretariat/association";
    }

    @PostMapping("/associations")
    String proposeAssociation(@Valid @ModelAttribute("form") AssociationForm form, BindingResult result,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> "governance/secretariat/association", () -> {
            associations.propose(form.command());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:/governance/associations";
        });
    }

    private String amendment(Model model) {
        VersionView current = statutes.current().orElseThrow(() -> new NotFoundException("statute version"));
        model.addAttribute("current", current);
        model.addAttribute("articles", statutes.articles(current.number()));
        return "governance/secretariat/amendment";
    }
}
