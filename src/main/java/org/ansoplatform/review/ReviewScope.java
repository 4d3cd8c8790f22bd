package org.ansoplatform.review;

import java.util.Objects;
import java.util.UUID;

/** What a panel reviews together, named by its owner's type (for example {@code call}) and id. */
@org.springframework.modulith.NamedInterface("outcomes")
public record ReviewScope(String type, UUID id) {

    public ReviewScope {
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
    }
}
