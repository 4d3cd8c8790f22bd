package org.ansoplatform.datasets.showcase;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * Published showcases as search finds them, by everyone: the title, and the description with the application's
 * address as the text, in every language the showcase has; the year it was published is the year facet. A draft or
 * a withdrawn showcase is not found.
 */
@Component
public class ShowcaseDocuments {

    private final ShowcaseStore store;

    ShowcaseDocuments(ShowcaseStore store) {
        this.store = store;
    }

    public Set<String> types() {
        return Set.of(DatasetsPaths.SHOWCASE);
    }

    public int version() {
        return 1;
    }

    public Stream<SearchDocument> documents() {
        return store.published(null).stream().map(ShowcaseDocuments::document);
    }

    public Optional<SearchDocument> document(RecordRef ref) {
        if (!types().contains(ref.type())) {
            return Optional.empty();
        }
        return store.byId(ref.id()).filter(ShowcaseView::published).map(ShowcaseDocuments::document);
    }

    static SearchDocument document(ShowcaseView s) {
        Map<String, String> text = new LinkedHashMap<>();
        s.description().values().forEach((language, description) -> text.put(language, description + "\n" + s.link()));
        Integer year = s.publishedAt() == null ? null : s.publishedAt().atOffset(ZoneOffset.UTC).getYear();
        return new SearchDocument(s.ref(), s.title(), LocalizedText.of(text), s.path(), year, Set.of(), Set.of(Reader.PUBLIC),
                s.updatedAt());
    }
}
