package org.ansoplatform.publications;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ansoplatform.publications.news.NewsDocuments;
import org.ansoplatform.publications.series.IssueDocuments;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchSource;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * The module's one search source (search reads one per module): series and issues from {@code series}, news from
 * {@code news}. Its version is the sum of theirs, so that a change of either rebuilds the module's documents.
 */
@Component
class PublicationSearchSource implements SearchSource {

    private final IssueDocuments issues;
    private final NewsDocuments news;

    PublicationSearchSource(IssueDocuments issues, NewsDocuments news) {
        this.issues = issues;
        this.news = news;
    }

    @Override
    public String module() {
        return PublicationsPaths.MODULE;
    }

    @Override
    public Set<String> types() {
        Set<String> types = new HashSet<>(issues.types());
        types.addAll(news.types());
        return types;
    }

    @Override
    public int version() {
        return issues.version() + news.version();
    }

    @Override
    public Stream<SearchDocument> documents() {
        return Stream.concat(issues.documents(), news.documents());
    }

    @Override
    public Optional<SearchDocument> document(RecordRef ref) {
        return issues.types().contains(ref.type()) ? issues.document(ref) : news.document(ref);
    }
}
