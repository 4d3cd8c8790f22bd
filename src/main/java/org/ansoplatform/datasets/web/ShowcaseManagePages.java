package org.ansoplatform.datasets.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.datasets.showcase.ShowcaseKind;
import org.ansoplatform.datasets.showcase.ShowcaseManagement;
import org.ansoplatform.datasets.showcase.ShowcaseQueries;
import org.ansoplatform.datasets.showcase.ShowcaseTheme;
import org.ansoplatform.datasets.showcase.ShowcaseView;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.shared.PageRequest;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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

/** Showcases as the Secretariat and data curators manage them: the list with drafts, the form, screenshots, publishing. */
@Controller
class ShowcaseManagePages {

    private static final String MANAGE = ShowcaseWeb.MANAGE;

    private final ShowcaseManagement management;
    private final ShowcaseQueries queries;
    private final ProjectQueries projects;
    private final FileStorage files;

    ShowcaseManagePages(ShowcaseManagement management, ShowcaseQueries queries, ProjectQueries projects, FileStorage files) {
        this.management = management;
        this.queries = queries;
        this.projects = projects;
        this.files = files;
    }

    @GetMapping(MANAGE)
    String list(Model model) {
        model.addAttribute("showcases", queries.all());
        return "datasets/showcase-manage-list";
    }

    @GetMapping(MANAGE + "/new")
    String blank(Model model) {
        model.addAttribute("form", ShowcaseForm.blank());
        return form(null, model);
    }

    @PostMapping(MANAGE + "/new")
    String create(@Valid @ModelAttribute("form") ShowcaseForm form, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(form, result, model, response, () -> {
            UUID id = management.create(form.command());
            redirect.addFlashAttribute("flashSuccess", "showcase.saved");
            return "redirect:" + MANAGE + "/" + id;
        }, () -> form(null, model));
    }

    @GetMapping(MANAGE + "/{id}")
    String edit(@PathVariable UUID id, Model model) {
        ShowcaseView showcase = showcase(id);
        model.addAttribute("form", ShowcaseForm.of(showcase));
        return form(showcase, model);
    }

    @PostMapping(MANAGE + "/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ShowcaseForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ShowcaseView showcase = showcase(id);
        return FormErrors.submit(form, result, model, response, () -> {
            management.update(id, form.command());
            redirect.addFlashAttribute("flashSuccess", "showcase.saved");
            return "redirect:" + MANAGE + "/" + id;
        }, () -> form(showcase, model));
    }

    @PostMapping(MANAGE + "/{id}/screenshots")
    String screenshot(@PathVariable UUID id, @RequestParam("image") MultipartFile image, @RequestParam(required = false) String alt,
            RedirectAttributes redirect) {
        showcase(id);
        Flash.outcome(redirect, () -> {
            try {
                management.screenshot(id, image.getOriginalFilename(), image.getInputStream(), alt);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "showcase.screenshotSaved");
        return "redirect:" + MANAGE + "/" + id;
    }

    @GetMapping(MANAGE + "/{id}/screenshots/{screenshotId}")
    ResponseEntity<Resource> image(@PathVariable UUID id, @PathVariable UUID screenshotId) {
        return ShowcasePages.image(files, showcase(id), screenshotId);
    }

    @PostMapping(MANAGE + "/{id}/screenshots/{screenshotId}/remove")
    String removeScreenshot(@PathVariable UUID id, @PathVariable UUID screenshotId, RedirectAttributes redirect) {
        showcase(id);
        Flash.outcome(redirect, () -> management.removeScreenshot(id, screenshotId), "showcase.screenshotRemoved");
        return "redirect:" + MANAGE + "/" + id;
    }

    @PostMapping(MANAGE + "/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        showcase(id);
        Flash.outcome(redirect, () -> management.publish(id), "showcase.publishedFlash");
        return "redirect:" + MANAGE + "/" + id;
    }

    @PostMapping(MANAGE + "/{id}/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        showcase(id);
        Flash.outcome(redirect, () -> management.withdraw(id), "showcase.withdrawnFlash");
        return "redirect:" + MANAGE + "/" + id;
    }

    private String form(ShowcaseView showcase, Model model) {
        model.addAttribute("showcase", showcase);
        model.addAttribute("kinds", List.of(ShowcaseKind.values()));
        model.addAttribute("themes", List.of(ShowcaseTheme.values()));
        model.addAttribute("projects", projects.search(ProjectQueries.Filter.none(), PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("imageAccept", files.acceptAttribute(ShowcaseManagement.IMAGE_TYPES));
        return "datasets/showcase-manage-form";
    }

    private ShowcaseView showcase(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("showcase"));
    }
}
