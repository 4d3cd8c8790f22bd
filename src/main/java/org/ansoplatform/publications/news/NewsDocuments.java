package org.ansoplatform.publications.news;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ansoplatform.publications.NewsManagement;
import org.ansoplatform.publications.NewsStatus;
import org.ansoplatform.publications.NewsView;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * Published news as search finds them, by everyone: the title, and the summary with the body as the text, in every
 * language the article has; the year of its date is the year facet. A draft or a withdrawn article is not found.
 */
@Component
public class NewsDocuments {

    private final NewsStore store;

    NewsDocuments(NewsStore store) {
        this.store = store;
    }

    public Set<String> types() {
        return Set.of(PublicationsPaths.NEWS);
    }

    public int version() {
        return 2;
    }

    public Stream<SearchDocument> documents() {
        return store.allPublished(Integer.MAX_VALUE).stream().map(NewsDocuments::document);
    }

    public Optional<SearchDocument> document(RecordRef ref) {
        if (!types().contains(ref.type())) {
            return Optional.empty();
        }
        return store.byId(ref.id()).filter(n -> n.status() == NewsStatus.PUBLISHED).map(NewsDocuments::document);
    }

    static SearchDocument document(NewsView n) {
        Map<String, String> text = new LinkedHashMap<>();
        Set<String> languages = new LinkedHashSet<>(n.summary().values().keySet());
        languages.addAll(n.body().values().keySet());
        for (String language : languages) {
            text.put(language, (n.summary().get(language) + "\n" + n.body().get(language)).strip());
        }
        Instant updated = n.updatedAt();
        return new SearchDocument(NewsManagement.ref(n.id()), n.title(), LocalizedText.of(text), n.path(),
                n.date() == null ? null : n.date().getYear(), Set.of(), Set.of(Reader.PUBLIC),
                updated == null ? n.date().atStartOfDay(ZoneOffset.UTC).toInstant() : updated);
    }
}
