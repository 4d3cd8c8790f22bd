package org.ansoplatform.publications.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.NewsCategory;
import org.ansoplatform.publications.NewsManagement;
import org.ansoplatform.publications.NewsQueries;
import org.ansoplatform.publications.NewsView;
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

/** The Secretariat's news: the list with drafts, writing and editing an article, its image, publishing and withdrawing. */
@Controller
class NewsEditorPages {

    private final NewsManagement management;
    private final NewsQueries queries;
    private final FileStorage files;
    private final Clock clock;

    NewsEditorPages(NewsManagement management, NewsQueries queries, FileStorage files, Clock clock) {
        this.management = management;
        this.queries = queries;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping(NewsWeb.EDIT_NEWS)
    String list(Model model) {
        model.addAttribute("articles", queries.all());
        return "publications/news/editor-list";
    }

    @GetMapping(NewsWeb.EDIT_NEWS + "/new")
    String blank(Model model) {
        model.addAttribute("form", NewsForm.blank(LocalDate.now(clock)));
        return form(null, model);
    }

    @PostMapping(NewsWeb.EDIT_NEWS + "/new")
    String create(@Valid @ModelAttribute("form") NewsForm form, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(form, result, model, response, () -> {
            UUID id = management.create(form.command());
            redirect.addFlashAttribute("flashSuccess", "news.saved");
            return "redirect:" + NewsWeb.EDIT_NEWS + "/" + id;
        }, () -> form(null, model));
    }

    @GetMapping(NewsWeb.EDIT_NEWS + "/{id}")
    String edit(@PathVariable UUID id, Model model) {
        NewsView article = article(id);
        model.addAttribute("form", NewsForm.of(article));
        return form(article, model);
    }

    @PostMapping(NewsWeb.EDIT_NEWS + "/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") NewsForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        NewsView article = article(id);
        return FormErrors.submit(form, result, model, response, () -> {
            management.update(id, form.command());
            redirect.addFlashAttribute("flashSuccess", "news.saved");
            return "redirect:" + NewsWeb.EDIT_NEWS + "/" + id;
        }, () -> form(article, model));
    }

    @PostMapping(NewsWeb.EDIT_NEWS + "/{id}/image")
    String image(@PathVariable UUID id, @RequestParam("image") MultipartFile image, RedirectAttributes redirect) {
        article(id);
        Flash.outcome(redirect, () -> {
            try {
                management.image(id, image.getOriginalFilename(), image.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "news.imageSaved");
        return "redirect:" + NewsWeb.EDIT_NEWS + "/" + id;
    }

    @PostMapping(NewsWeb.EDIT_NEWS + "/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        article(id);
        Flash.outcome(redirect, () -> management.publish(id), "news.publishedFlash");
        return "redirect:" + NewsWeb.EDIT_NEWS + "/" + id;
    }

    @PostMapping(NewsWeb.EDIT_NEWS + "/{id}/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        article(id);
        Flash.outcome(redirect, () -> management.withdraw(id), "news.withdrawnFlash");
        return "redirect:" + NewsWeb.EDIT_NEWS + "/" + id;
    }

    private String form(NewsView article, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("categories", List.of(NewsCategory.values()));
        model.addAttribute("imageAccept", files.acceptAttribute(NewsManagement.IMAGE_TYPES));
        return "publications/news/editor-form";
    }

    private NewsView article(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("news"));
    }
}
