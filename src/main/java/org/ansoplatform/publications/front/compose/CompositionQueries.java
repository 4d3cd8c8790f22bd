package org.ansoplatform.publications.front.compose;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the composed issues for the editor's pages and the lead's publishing of them as issues. */
@Service
@Transactional(readOnly = true)
public class CompositionQueries {

    private final CompositionStore store;

    CompositionQueries(CompositionStore store) {
        this.store = store;
    }

    /** Every composition, newest year first (without picks). */
    public List<Composition> all() {
        return store.all();
    }

    public Optional<Composition> byId(UUID id) {
        return store.find(id);
    }

    public long count() {
        return store.count();
    }
}
