package org.ansoplatform.review;

import java.util.Objects;
import java.util.UUID;

/** Something reviewed, named by its owner's type (for example {@code application}) and id. */
@org.springframework.modulith.NamedInterface("outcomes")
public record ReviewSubject(String type, UUID id) {

    public ReviewSubject {
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
    }
}
