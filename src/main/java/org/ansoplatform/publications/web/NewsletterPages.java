package org.ansoplatform.publications.web;

import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.NewsQueries;
import org.ansoplatform.publications.news.NewsletterEdition;
import org.ansoplatform.publications.news.NewsletterRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Sent newsletter issues for everyone: the archive, the web edition and the PDF, in the reader's language. */
@Controller
class NewsletterPages {

    private final NewsQueries queries;
    private final NewsletterRenderer renderer;

    NewsletterPages(NewsQueries queries, NewsletterRenderer renderer) {
        this.queries = queries;
        this.renderer = renderer;
    }

    @GetMapping(NewsWeb.NEWSLETTERS)
    String archive(Model model) {
        model.addAttribute("newsletters", queries.sentNewsletters());
        return "publications/news/newsletters";
    }

    @GetMapping(NewsWeb.NEWSLETTERS + "/{id}")
    String edition(@PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("edition", edition(id, locale));
        return "publications/news/newsletter";
    }

    @GetMapping(NewsWeb.NEWSLETTERS + "/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        NewsletterEdition edition = edition(id, locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("anso-newsletter-" + edition.newsletter().number() + "-" + locale.getLanguage() + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(renderer.pdf(edition));
    }

    private NewsletterEdition edition(UUID id, Locale locale) {
        return queries.edition(id, locale, false).orElseThrow(() -> new NotFoundException("newsletter"));
    }
}
