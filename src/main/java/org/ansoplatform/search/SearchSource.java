package org.ansoplatform.search;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ansoplatform.shared.RecordRef;

/**
 * Implemented by a module for the records it lets search find. Search reads every document of a source when
 * it builds its index (at start when the index is empty or a source's version changed) and one document when
 * the owner publishes {@code RecordChanged} for it.
 */
@org.springframework.modulith.NamedInterface("indexing")
public interface SearchSource {

    /** The module, as in {@link RecordRef#module()}. */
    String module();

    /** The record types this source indexes. */
    Set<String> types();

    /**
     * Raised by the module when what its documents carry changes shape (a new field indexed, a changed
     * audience rule), so that search rebuilds the source's documents at the next start.
     */
    default int version() {
        return 1;
    }

    /** Every document of the module, streamed (callers close the stream). */
    Stream<SearchDocument> documents();

    /**
     * The record's document now, or empty when it no longer exists or should no longer be found (a draft, a
     * withdrawn record), in which case search drops it.
     */
    Optional<SearchDocument> document(RecordRef ref);
}
