package org.ansoplatform.publications;

import java.util.UUID;

/**
 * The module's addresses, in one place so that events, feeds, search documents and other modules' links agree.
 * The module's record types ({@code RecordRef} of module {@value #MODULE}) are named here too.
 */
public final class PublicationsPaths {

    public static final String MODULE = "publications";
    public static final String SERIES = "series";
    public static final String ISSUE = "issue";
    public static final String NEWS = "news";
    public static final String NEWSLETTER = "newsletter";

    public static final String PUBLICATIONS = "/publications";
    public static final String NEWS_LIST = "/news";
    public static final String ALL_FEED = "/publications/feed.atom";
    public static final String NEWS_FEED = "/news/feed.atom";

    private PublicationsPaths() {
    }

    public static String series(UUID id) {
        return PUBLICATIONS + "/series/" + id;
    }

    public static String seriesFeed(UUID id) {
        return series(id) + "/feed.atom";
    }

    public static String issue(UUID id) {
        return PUBLICATIONS + "/issues/" + id;
    }

    public static String news(UUID id) {
        return NEWS_LIST + "/" + id;
    }

    public static String newsletter(UUID id) {
        return "/newsletters/" + id;
    }
}
