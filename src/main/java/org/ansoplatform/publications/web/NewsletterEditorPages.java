package org.ansoplatform.publications.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.NewsQueries;
import org.ansoplatform.publications.NewsletterManagement;
import org.ansoplatform.publications.NewsletterView;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.SubscriptionManagement;
import org.ansoplatform.publications.news.NewsletterIssues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's newsletters: the issues with their sending's progress (sent / total) and the subscribers'
 * counts, composing and editing a draft (published articles, in order, with an editorial), its preview, and sending.
 */
@Controller
class NewsletterEditorPages {

    private final NewsletterManagement management;
    private final NewsQueries queries;
    private final SubscriptionManagement subscriptions;
    private final Clock clock;
    private final NewsletterIssues newsletterIssues;
    private final PublicationQueries publications;

    NewsletterEditorPages(NewsletterManagement management, NewsQueries queries, SubscriptionManagement subscriptions, Clock clock,
            NewsletterIssues newsletterIssues, PublicationQueries publications) {
        this.newsletterIssues = newsletterIssues;
        this.publications = publications;
        this.management = management;
        this.queries = queries;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @GetMapping(NewsWeb.EDIT_NEWSLETTERS)
    String list(Model model) {
        progressModel(model);
        return "publications/news/editor-newsletters";
    }

    /** The progress of the issues being sent, for htmx to poll while one is being sent. */
    @GetMapping(NewsWeb.EDIT_NEWSLETTERS + "/progress")
    String progress(Model model) {
        progressModel(model);
        return "publications/news/editor-newsletters :: progress";
    }

    private void progressModel(Model model) {
        java.util.List<NewsletterView> all = queries.newsletters();
        model.addAttribute("newsletters", all);
        model.addAttribute("counts", subscriptions.counts());
        model.addAttribute("sendingNow", all.stream().anyMatch(n -> n.status() == org.ansoplatform.publications.NewsletterStatus.SENDING));
    }

    @GetMapping(NewsWeb.EDIT_NEWSLETTERS + "/new")
    String blank(Model model) {
        int next = queries.newsletters().stream().mapToInt(NewsletterView::number).max().orElse(0) + 1;
        model.addAttribute("form", NewsletterForm.blank(next, LocalDate.now(clock), newsletterIssues.defaultSeries().orElse(null)));
        return form(null, model);
    }

    @PostMapping(NewsWeb.EDIT_NEWSLETTERS + "/new")
    String create(@Valid @ModelAttribute("form") NewsletterForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(form, result, model, response, () -> {
            UUID id = management.create(form.command());
            redirect.addFlashAttribute("flashSuccess", "newsletter.saved");
            return "redirect:" + NewsWeb.EDIT_NEWSLETTERS + "/" + id;
        }, () -> form(null, model));
    }

    @GetMapping(NewsWeb.EDIT_NEWSLETTERS + "/{id}")
    String edit(@PathVariable UUID id, Model model) {
        NewsletterView newsletter = newsletter(id);
        model.addAttribute("form", NewsletterForm.of(newsletter));
        return form(newsletter, model);
    }

    @PostMapping(NewsWeb.EDIT_NEWSLETTERS + "/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") NewsletterForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        NewsletterView newsletter = newsletter(id);
        return FormErrors.submit(form, result, model, response, () -> {
            management.update(id, form.command());
            redirect.addFlashAttribute("flashSuccess", "newsletter.saved");
            return "redirect:" + NewsWeb.EDIT_NEWSLETTERS + "/" + id;
        }, () -> form(newsletter, model));
    }

    /** The issue as subscribers will read it, draft or not. */
    @GetMapping(NewsWeb.EDIT_NEWSLETTERS + "/{id}/preview")
    String preview(@PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("edition", queries.edition(id, locale, true).orElseThrow(() -> new NotFoundException("newsletter")));
        model.addAttribute("preview", true);
        return "publications/news/newsletter";
    }

    @PostMapping(NewsWeb.EDIT_NEWSLETTERS + "/{id}/send")
    String send(@PathVariable UUID id, RedirectAttributes redirect) {
        newsletter(id);
        Flash.outcome(redirect, () -> management.send(id), "newsletter.sending");
        return "redirect:" + NewsWeb.EDIT_NEWSLETTERS;
    }

    private String form(NewsletterView newsletter, Model model) {
        model.addAttribute("newsletter", newsletter);
        model.addAttribute("newsletterSeries", publications.seriesByKind(org.ansoplatform.publications.SeriesKind.NEWSLETTER));
        // the latest hundred published articles, and those the issue already has, however old
        java.util.Map<UUID, org.ansoplatform.publications.NewsView> available = new java.util.LinkedHashMap<>();
        if (newsletter != null) {
            newsletter.articles().forEach(id -> queries.published(id).ifPresent(a -> available.put(id, a)));
        }
        queries.published(null, new org.ansoplatform.shared.PageRequest(0, 100)).items().forEach(a -> available.putIfAbsent(a.id(), a));
        model.addAttribute("available", java.util.List.copyOf(available.values()));
        return "publications/news/editor-newsletter";
    }

    private NewsletterView newsletter(UUID id) {
        return queries.newsletter(id).orElseThrow(() -> new NotFoundException("newsletter"));
    }
}
