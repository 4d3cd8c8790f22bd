package org.ansoplatform.publications.news;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * News articles and newsletter issues as links for figures and other modules: a published article or a sent issue to
 * everyone, a draft to the Secretariat (its editors) only.
 */
@Component
@Transactional(readOnly = true)
class NewsRecords implements RecordSource {

    private final NewsStore news;
    private final NewsletterStore newsletters;

    NewsRecords(NewsStore news, NewsletterStore newsletters) {
        this.news = news;
        this.newsletters = newsletters;
    }

    @Override
    public String module() {
        return PublicationsPaths.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(PublicationsPaths.NEWS, PublicationsPaths.NEWSLETTER);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new LinkedHashMap<>();
        boolean editor = reader.hasRole("SECRETARIAT");
        for (RecordRef ref : refs) {
            if (ref.type().equals(PublicationsPaths.NEWS)) {
                news.byId(ref.id()).ifPresent(n -> views.put(ref, n.published() || editor
                        ? RecordView.of(ref, n.title().in(locale), n.published() ? n.path() : "/secretariat/news/" + n.id())
                        : RecordView.hidden(ref)));
            } else if (ref.type().equals(PublicationsPaths.NEWSLETTER)) {
                newsletters.byId(ref.id()).ifPresent(n -> views.put(ref, !n.draft() || editor
                        ? RecordView.of(ref, "No. " + n.number() + " · " + n.title().in(locale), n.path())
                        : RecordView.hidden(ref)));
            }
        }
        return views;
    }
}
