package org.ansoplatform.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.review.Reviewers;
import org.ansoplatform.review.Reviewers.ReviewerCommand;
import org.ansoplatform.review.Reviewers.ReviewerView;
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

    private final Reviewers reviewers;

    ReviewerPoolPages(Reviewers reviewers) {
        this.reviewers = reviewers;
    }

    /** The form: fields are codes picked from the vocabulary, languages a comma-separated list. */
    public static final class ReviewerForm {
        private String email = "";
        private String name = "";
        private String institution = "";
        private String country = "";
        private String languages = "en";
        private List<String> fields = new ArrayList<>();
        private Integer maxLoad = 40;

        static ReviewerForm of(ReviewerView r) {
            ReviewerForm form = new ReviewerForm();
            form.email = r.email();
            form.name = r.name();
            form.institution = r.institution();
            form.country = r.country() == null ? "" : r.country();
            form.languages = String.join(", ", r.languages());
            form.fields = new ArrayList<>(r.fields());
            form.maxLoad = r.maxLoad();
            return form;
        }

        ReviewerCommand command() {
            List<String> languageList = languages == null ? List.of() : List.of(languages.split("[,\\s]+"));
            return new ReviewerCommand(email, name, institution, country, languageList, fields, maxLoad);
        }

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getInstitution() { return institution; }
        public void setInstitution(String institution) { this.institution = institution; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }
        public String getLanguages() { return languages; }
        public void setLanguages(String languages) { this.languages = languages; }
        public List<String> getFields() { return fields; }
        public void setFields(List<String> fields) { this.fields = fields == null ? new ArrayList<>() : fields; }
        public Integer getMaxLoad() { return maxLoad; }
        public void setMaxLoad(Integer maxLoad) { this.maxLoad = maxLoad; }
    }

    @GetMapping
    String list(@RequestParam(required = false) String field, Model model) {
        model.addAttribute("form", new ReviewerForm());
        return page(field, model);
    }

    private String page(String field, Model model) {
        model.addAttribute("field", field == null ? "" : field);
        model.addAttribute("reviewers", reviewers.list(field));
        model.addAttribute("fields", reviewers.fields());
        return "review/panels/pool";
    }

    @PostMapping
    String add(@ModelAttribute("form") ReviewerForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(null, model); // a value of the wrong kind (a load that is not a number): nothing is saved
        }
        try {
            reviewers.add(form.command());
        } catch (InvalidInputException refusal) {
            FormErrors.apply(refusal, binding);
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
    String update(@PathVariable UUID id, @ModelAttribute("form") ReviewerForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        ReviewerView reviewer = reviewers.get(id);
        if (binding.hasErrors()) {
            return editPage(reviewer, model);
        }
        try {
            reviewers.update(id, form.command());
        } catch (InvalidInputException refusal) {
            FormErrors.apply(refusal, binding);
            return editPage(reviewer, model);
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:/secretariat/review/reviewers";
    }
}
