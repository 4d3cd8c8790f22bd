package org.ansoplatform.publications;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Reads of news and newsletters for pages and other modules (contracts commit: part N fills it in). */
@Component
public class NewsQueries {

    /** The latest published news articles, newest first, in the reader's language (the front page's list). */
    public List<NewsCard> latest(int limit, Locale locale) {
        return List.of();
    }
}
