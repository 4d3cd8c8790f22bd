package org.ansoplatform.partnerships.technology.indexing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyPaths;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published offers and requests as search finds them, by everyone; a draft, an expired or an archived item is not
 * found (search drops it on the {@code RecordChanged} its step publishes). The text in each language is the summary
 * with the sectors' names and an offer's inventors and IP status (never a request's organization); the target or
 * needing countries are the country facet, the year of publication the year.
 */
@Component
@Transactional(readOnly = true)
class TechnologySearchSource implements SearchSource {

    private final TechnologyQueries queries;
    private final Languages languages;
    private final MessageSource messages;

    private final org.ansoplatform.platform.Records records;

    TechnologySearchSource(TechnologyQueries queries, Languages languages, MessageSource messages,
            org.ansoplatform.platform.Records records) {
        this.records = records;
        this.queries = queries;
        this.languages = languages;
        this.messages = messages;
    }

    @Override
    public String module() {
        return TechnologyOfferManagement.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(TechnologyOfferManagement.OFFER, TechnologyOfferManagement.REQUEST);
    }

    @Override
    public Stream<SearchDocument> documents() {
        return Stream.concat(queries.published(TechnologyKind.OFFER).stream(), queries.published(TechnologyKind.REQUEST).stream())
                .map(this::document);
    }

    @Override
    public Optional<SearchDocument> document(RecordRef ref) {
        if (!types().contains(ref.type())) {
            return Optional.empty();
        }
        return queries.byId(ref.id()).filter(TechnologyView::published).map(this::document);
    }

    SearchDocument document(TechnologyView t) {
        Map<String, String> text = new LinkedHashMap<>();
        Set<String> tags = new LinkedHashSet<>(t.title().values().keySet());
        tags.addAll(t.summary().values().keySet());
        for (String language : tags) {
            String sectors = t.sectors().stream().map(s -> languages.message(messages, "technology.sector." + s.name()).get(language))
                    .collect(Collectors.joining(", "));
            // the titles of the records it cites, as a visitor sees them, so that a dataset's name finds the offer
            String cited = t.related().isEmpty() ? "" : records.describe(t.related(), Reader.anonymous(),
                    java.util.Locale.forLanguageTag(language)).stream().filter(org.ansoplatform.shared.RecordView::visible)
                    .map(org.ansoplatform.shared.RecordView::title).collect(Collectors.joining("\n"));
            text.put(language, String.join("\n", t.summary().get(language), sectors, t.inventors(), t.patentNumbers(), cited).strip());
        }
        return new SearchDocument(TechnologyOfferManagement.ref(t.kind(), t.id()), t.title(), LocalizedText.of(text),
                TechnologyPaths.item(t.kind(), t.id()), t.publishedAt() == null ? null
                        : t.publishedAt().atZone(java.time.ZoneOffset.UTC).getYear(),
                Set.copyOf(t.countries()), Set.of(Reader.PUBLIC), t.updatedAt());
    }
}
