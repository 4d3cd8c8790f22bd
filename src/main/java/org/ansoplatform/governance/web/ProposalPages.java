package org.ansoplatform.governance.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.governance.AssociationManagement;
import org.ansoplatform.governance.ScienceField;
import org.ansoplatform.governance.StatuteManagement;
import org.ansoplatform.governance.StatuteQueries;
import org.ansoplatform.governance.VersionView;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
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
    private final OrganizationQueries organizations;

    ProposalPages(StatuteManagement statuteManagement, StatuteQueries statutes, AssociationManagement associations,
            OrganizationQueries organizations) {
        this.organizations = organizations;
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
        return association(model);
    }

    @PostMapping("/associations")
    String proposeAssociation(@Valid @ModelAttribute("form") AssociationForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> association(model), () -> {
            UUID id = associations.propose(form.command());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:/governance/associations/" + id;
        });
    }

    /** The form with the directory to choose the lead and member institutions from, and the fields of science. */
    private String association(Model model) {
        List<OrganizationView> directory = new ArrayList<>();
        PageResult<OrganizationView> page;
        int number = 0;
        do {
            page = organizations.search(OrganizationQueries.Filter.none(), new PageRequest(number++, PageRequest.MAX_SIZE));
            directory.addAll(page.items());
        } while (page.hasNext());
        model.addAttribute("directory", directory);
        model.addAttribute("fields", Arrays.asList(ScienceField.values()));
        return "governance/secretariat/association";
    }

    private String amendment(Model model) {
        VersionView current = statutes.current().orElseThrow(() -> new NotFoundException("statute version"));
        model.addAttribute("current", current);
        model.addAttribute("articles", statutes.articles(current.number()));
        return "governance/secretariat/amendment";
    }
}
