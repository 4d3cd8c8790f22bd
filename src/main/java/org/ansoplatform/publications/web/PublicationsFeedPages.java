package org.ansoplatform.publications.web;

import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.publications.series.feeds.PublicationFeeds;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Atom feeds of public issues: of all series, and of one. */
@Controller
class PublicationsFeedPages {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PublicationFeeds feeds;

    PublicationsFeedPages(PublicationFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(PublicationsPaths.ALL_FEED)
    ResponseEntity<String> all(Locale locale) {
        return ResponseEntity.ok().contentType(ATOM).body(feeds.all(locale));
    }

    @GetMapping(PublicationsPaths.PUBLICATIONS + "/series/{id}/feed.atom")
    ResponseEntity<String> series(@PathVariable UUID id, Locale locale) {
        return ResponseEntity.ok().contentType(ATOM).body(feeds.series(id, locale));
    }
}
