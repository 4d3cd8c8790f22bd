package org.ansoplatform.datasets;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ansoplatform.datasets.deposit.DatasetDocuments;
import org.ansoplatform.datasets.showcase.ShowcaseDocuments;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchSource;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * The module's one search source (search reads one per module): datasets from {@code deposit}, showcases from
 * {@code showcase}. Its version is the sum of theirs, so that a change of either rebuilds the module's documents.
 */
@Component
class DatasetSearchSource implements SearchSource {

    private final DatasetDocuments datasets;
    private final ShowcaseDocuments showcases;

    DatasetSearchSource(DatasetDocuments datasets, ShowcaseDocuments showcases) {
        this.datasets = datasets;
        this.showcases = showcases;
    }

    @Override
    public String module() {
        return DatasetsPaths.MODULE;
    }

    @Override
    public Set<String> types() {
        Set<String> types = new HashSet<>(datasets.types());
        types.addAll(showcases.types());
        return types;
    }

    @Override
    public int version() {
        return datasets.version() + showcases.version();
    }

    @Override
    public Stream<SearchDocument> documents() {
        return Stream.concat(datasets.documents(), showcases.documents());
    }

    @Override
    public Optional<SearchDocument> document(RecordRef ref) {
        return datasets.types().contains(ref.type()) ? datasets.document(ref) : showcases.document(ref);
    }
}
