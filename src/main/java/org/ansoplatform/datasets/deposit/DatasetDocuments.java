package org.ansoplatform.datasets.deposit;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/** The search documents of {@code deposit}, given to the module's one search source (contracts commit: its part fills them in). */
@Component
public class DatasetDocuments {

    public Set<String> types() {
        return Set.of(DatasetsPaths.DATASET);
    }

    public int version() {
        return 1;
    }

    public Stream<SearchDocument> documents() {
        return Stream.empty();
    }

    public Optional<SearchDocument> document(RecordRef ref) {
        return Optional.empty();
    }
}
