package org.ansoplatform.publications.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.NewsCategory;
import org.ansoplatform.publications.NewsQueries;
import org.ansoplatform.publications.NewsView;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.publications.news.NewsFeed;
import org.ansoplatform.publications.news.NewsletterRenderer;
import org.ansoplatform.shared.PageRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public news: the list with its category filter and pages, an article's page with its image, and the Atom feed. */
@Controller
class NewsPages {

    static final int PAGE_SIZE = 12;

    private final NewsQueries queries;
    private final FileStorage files;
    private final NewsFeed feed;
    private final NewsletterRenderer renderer;

    NewsPages(NewsQueries queries, FileStorage files, NewsFeed feed, NewsletterRenderer renderer) {
        this.queries = queries;
        this.files = files;
        this.feed = feed;
        this.renderer = renderer;
    }

    @GetMapping(PublicationsPaths.NEWS_LIST)
    String list(@RequestParam(required = false) String category, @RequestParam(required = false) Integer page, Model model) {
        NewsCategory chosen = category(category);
        model.addAttribute("news", queries.published(chosen, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("categories", List.of(NewsCategory.values()));
        model.addAttribute("category", chosen);
        model.addAttribute("newsletters", queries.sentNewsletters());
        return "publications/news/list";
    }

    @GetMapping(PublicationsPaths.NEWS_LIST + "/{id}")
    String article(@PathVariable UUID id, Model model) {
        model.addAttribute("article", published(id));
        return "publications/news/article";
    }

    @GetMapping(PublicationsPaths.NEWS_LIST + "/{id}/image")
    ResponseEntity<Resource> image(@PathVariable UUID id) {
        NewsView news = published(id);
        StoredFile image = news.imageFileId() == null ? null : files.find(news.imageFileId()).orElse(null);
        if (image == null) {
            throw new NotFoundException("image");
        }
        return ResponseEntity.ok().header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=86400")
                .contentType(MediaType.parseMediaType(image.mediaType())).contentLength(image.size())
                .body(new InputStreamResource(files.open(image)));
    }

    @GetMapping(PublicationsPaths.NEWS_FEED)
    ResponseEntity<String> atom(Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NewsFeed.CONTENT_TYPE))
                .body(feed.atom(renderer.baseUrl(), locale));
    }

    private NewsView published(UUID id) {
        return queries.published(id).orElseThrow(() -> new NotFoundException("news"));
    }

    /** A category by name in any case; anything else is no filter. */
    static NewsCategory category(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (NewsCategory category : NewsCategory.values()) {
            if (category.name().equalsIgnoreCase(name.strip())) {
                return category;
            }
        }
        return null;
    }
}
