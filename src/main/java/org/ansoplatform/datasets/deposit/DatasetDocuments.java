package org.ansoplatform.datasets.deposit;

import java.time.Clock;
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
 * The search documents of {@code deposit}: one per published dataset, from its latest published version, titled and
 * described in each language given (keywords and subjects added to the text), with the year of publication and the
 * countries of its harvesting sets; public.
 */
@Component
public class DatasetDocuments {

    private final DatasetQueries queries;
    private final DatasetPublishing publishing;
    private final Clock clock;

    DatasetDocuments(DatasetQueries queries, DatasetPublishing publishing, Clock clock) {
        this.queries = queries;
        this.publishing = publishing;
        this.clock = clock;
    }

    public Set<String> types() {
        return Set.of(DatasetsPaths.DATASET);
    }

    public int version() {
        return 2;
    }

    public Stream<SearchDocument> documents() {
        return queries.latestPublished(null, clock.instant().plusSeconds(3600L * 24 * 365 * 100)).stream().map(this::document);
    }

    public Optional<SearchDocument> document(RecordRef ref) {
        return queries.latestPublished(ref.id()).map(this::document);
    }

    private SearchDocument document(VersionView v) {
        DatasetMetadata m = v.metadata();
        Map<String, String> titles = new LinkedHashMap<>();
        m.titles().forEach(t -> titles.putIfAbsent(t.language(), t.text()));
        Map<String, String> texts = new LinkedHashMap<>();
        String extra = String.join(" ", Stream.concat(m.keywords().stream(), m.subjects().stream().map(s -> s.text())).toList());
        m.descriptions().forEach(d -> texts.putIfAbsent(d.language(), (d.text() + " " + extra).strip()));
        if (texts.isEmpty() && !extra.isEmpty()) {
            texts.put(titles.keySet().iterator().next(), extra);
        }
        Set<String> countries = new java.util.HashSet<>();
        publishing.sets(v).stream().filter(s -> s.spec().startsWith("country:")).forEach(s -> countries.add(s.spec().substring(8)));
        return new SearchDocument(DatasetPublishing.conceptRef(v.datasetId()), LocalizedText.of(titles), LocalizedText.of(texts),
                DatasetsPaths.dataset(v.datasetId()), v.publishedAt().atOffset(ZoneOffset.UTC).getYear(), countries,
                Set.of(Reader.PUBLIC), v.updatedAt());
    }
}
