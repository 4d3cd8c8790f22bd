package org.ansoplatform.review.panels;

import java.util.List;
import java.util.Optional;

import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.review.SubjectSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The SubjectSource bean of each scope type, looked up when needed (the owning modules' beans may come later). */
@Component
public class SubjectSourceLookup {

    private final ObjectProvider<SubjectSource> sources;

    SubjectSourceLookup(ObjectProvider<SubjectSource> sources) {
        this.sources = sources;
    }

    public Optional<SubjectSource> find(String scopeType) {
        return sources.orderedStream().filter(source -> source.scopeType().equals(scopeType)).findFirst();
    }

    /** The source of the scope type, or 404. */
    public SubjectSource get(String scopeType) {
        return find(scopeType).orElseThrow(() -> new NotFoundException("subject source " + scopeType));
    }

    public List<SubjectSource> all() {
        return sources.orderedStream().toList();
    }
}
