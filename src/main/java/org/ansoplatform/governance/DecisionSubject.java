package org.ansoplatform.governance;

import java.util.Objects;
import java.util.Set;

import org.ansoplatform.shared.RecordRef;

/** A record a decision can be about: its reference, its title in the reader's language and the bodies that may decide it. */
@org.springframework.modulith.NamedInterface("decisions")
public record DecisionSubject(RecordRef ref, String title, Set<Body> bodies) {

    public DecisionSubject {
        Objects.requireNonNull(ref, "ref");
        bodies = Set.copyOf(bodies);
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("No body decides " + ref);
        }
    }

    public boolean decidableBy(Body body) {
        return bodies.contains(body);
    }
}
