package org.ansoplatform.review.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerView;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The Secretariat's reviewer pool: the list (filtered by field), adding an expert, editing one. */
@Controller
@RequestMapping("/secretariat/review/reviewers")
@PreAuthorize("hasRole('SECRETARIAT')")
class ReviewerPoolPages {

    private final ReviewerPool reviewers;
    private final org.ansoplatform.shared.PersonOrcids orcids;

    ReviewerPoolPages(ReviewerPool reviewers, org.ansoplatform.shared.PersonOrcids orcids) {
        this.reviewers = reviewers;
        this.orcids = orcids;
    }

    /** The form: fields are codes picked from the vocabulary, languages a comma-separated list; the pool checks the rest. */
    record ReviewerForm(String email, String name, String institution,
            String country, String languages, List<String> fields, Integer maxLoad, String institutionRor) {

        ReviewerForm {
            fields = fields == null ? List.of() : fields;
        }

        static ReviewerForm empty() {
            return new ReviewerForm("", "", "", "", "en", List.of(), 40, "");
        }

        static ReviewerForm of(ReviewerView r) {
            return new ReviewerForm(r.email(), r.name(), r.institution(), r.country() == null ? "" : r.country(),
                    String.join(", ", r.languages()), r.fields(), r.maxLoad(), r.institutionRor() == null ? "" : r.institutionRor());
        }

        ReviewerCommand command() {
            List<String> languageList = languages == null ? List.of() : List.of(languages.split("[,\\s]+"));
            return new ReviewerCommand(email, name, institution, country, languageList, fields, maxLoad, institutionRor);
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) String field, Model model) {
        model.addAttribute("form", ReviewerForm.empty());
        return page(field, model);
    }

    private String page(String field, Model model) {
        model.addAttribute("field", field == null ? "" : field);
        List<ReviewerView> pool = reviewers.list(field);
        model.addAttribute("reviewers", pool);
        // the iDs reviewers gave on their accounts, one query for the list
        model.addAttribute("orcids", orcids.of(pool.stream().map(ReviewerView::personId).toList()));
        model.addAttribute("fields", reviewers.fields());
        return "review/panels/pool";
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") ReviewerForm form, BindingResult binding, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.refused(response); // a value of the wrong kind (a load that is not a number): nothing is saved
            return page(null, model);
        }
        try {
            reviewers.add(form.command());
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, binding, response);
            return page(null, model);
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:/secretariat/review/reviewers";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        ReviewerView reviewer = reviewers.get(id);
        model.addAttribute("form", ReviewerForm.of(reviewer));
        return editPage(reviewer, model);
    }

    private String editPage(ReviewerView reviewer, Model model) {
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("fields", reviewers.fields());
        return "review/panels/reviewer";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ReviewerForm form, BindingResult binding,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ReviewerView reviewer = reviewers.get(id);
        if (binding.hasErrors()) {
            FormErrors.refused(response);
            return editPage(reviewer, model);
        }
        try {
            reviewers.update(id, form.command());
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, binding, response);
            return editPage(reviewer, model);
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:/secretariat/review/reviewers";
    }
}
