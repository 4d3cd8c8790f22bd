package org.ansoplatform.publications.series;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.PublicationAccess;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search documents of {@code series} (decision 185): every series for everyone; a published issue for its
 * audience, its text in each language made of its abstract, keywords, authors and the text of its files in that
 * language (a PDF's words find it, in English and in Chinese). A restricted or members-only issue carries the tokens
 * of the people who may open it; one whose policy shows its title is found by its title alone by everyone, without
 * any of its text. Drafts and withdrawn issues are not found.
 */
@Component
@Transactional(readOnly = true)
public class IssueDocuments {

    private final SeriesStore series;
    private final IssueStore issues;
    private final PublicationAccess access;

    IssueDocuments(SeriesStore series, IssueStore issues, PublicationAccess access) {
        this.series = series;
        this.issues = issues;
        this.access = access;
    }

    public Set<String> types() {
        return Set.of(PublicationsPaths.SERIES, PublicationsPaths.ISSUE);
    }

    public int version() {
        return 2;
    }

    public Stream<SearchDocument> documents() {
        Map<java.util.UUID, SeriesView> all = series.all().stream()
                .collect(Collectors.toMap(SeriesView::id, s -> s, (a, b) -> a, LinkedHashMap::new));
        Stream<SearchDocument> ofSeries = all.values().stream().map(IssueDocuments::document);
        java.util.List<org.ansoplatform.governance.DelegateView> delegates = access.currentDelegates();
        Stream<SearchDocument> ofIssues = issues.publishedWithText().stream()
                .map(i -> document(all.get(i.seriesId()), i, delegates));
        return Stream.concat(ofSeries, ofIssues);
    }

    public Optional<SearchDocument> document(RecordRef ref) {
        if (ref.type().equals(PublicationsPaths.SERIES)) {
            return series.byId(ref.id()).map(IssueDocuments::document);
        }
        return issues.byId(ref.id()).filter(IssueView::published)
                .flatMap(i -> series.byId(i.seriesId()).map(s -> document(s, i, access.currentDelegates())));
    }

    static SearchDocument document(SeriesView s) {
        return new SearchDocument(PublicationManagement.seriesRef(s.id()), s.title(), s.description(),
                PublicationsPaths.series(s.id()), s.startDate() == null ? null : s.startDate().getYear(), Set.of(),
                Set.of(Reader.PUBLIC), s.updatedAt());
    }

    SearchDocument document(SeriesView s, IssueView i, java.util.List<org.ansoplatform.governance.DelegateView> delegates) {
        Map<String, String> titles = new LinkedHashMap<>();
        i.title().values().forEach((language, text) -> titles.put(language, s.numbered(i.number()) + " — " + text));
        Set<String> audience = access.audience(s, i, delegates);
        boolean titleOnly = !audience.contains(Reader.PUBLIC) && i.titlePublic();
        Instant updated = i.updatedAt();
        if (titleOnly) {
            return new SearchDocument(PublicationManagement.issueRef(i.id()), LocalizedText.of(titles), null,
                    PublicationsPaths.issue(i.id()), i.date().getYear(), Set.of(), Set.of(Reader.PUBLIC), updated);
        }
        Set<String> languages = new LinkedHashSet<>(i.title().values().keySet());
        languages.addAll(i.summary().values().keySet());
        i.files().forEach(f -> languages.add(f.language()));
        String common = String.join("\n", String.join(", ", i.keywords()),
                i.authors().stream().map(a -> a.affiliation() == null ? a.name() : a.name() + " (" + a.affiliation() + ")")
                        .collect(Collectors.joining(", ")), s.title().values().values().stream().collect(Collectors.joining(" / ")));
        Map<String, String> text = new LinkedHashMap<>();
        for (String language : languages) {
            StringBuilder b = new StringBuilder(i.summary().get(language)).append('\n').append(common);
            i.files().stream().filter(f -> f.language().equals(language)).forEach(f -> b.append('\n').append(f.text()));
            text.put(language, b.toString().strip());
        }
        return new SearchDocument(PublicationManagement.issueRef(i.id()), LocalizedText.of(titles), LocalizedText.of(text),
                PublicationsPaths.issue(i.id()), i.date().getYear(), Set.of(), audience, updated);
    }
}
