package org.ansoplatform.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;

/**
 * What search keeps of one record. Titles and texts in every language they exist in; {@code path} is the page a
 * hit links to; {@code year}, {@code countries} (ISO alpha-2) and the languages of the texts are facets;
 * {@code audience} are the tokens of {@code shared.Reader#audience()} allowed to find it ({@code public} for
 * everyone), checked in the query.
 */
@org.springframework.modulith.NamedInterface("indexing")
public record SearchDocument(RecordRef ref, LocalizedText title, LocalizedText text, String path, Integer year,
        Set<String> countries, Set<String> audience, Instant updated) {

    public SearchDocument {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        text = text == null ? LocalizedText.of(java.util.Map.of()) : text;
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        audience = audience == null || audience.isEmpty() ? Set.of() : Set.copyOf(audience);
        if (audience.isEmpty()) {
            throw new IllegalArgumentException("A document needs an audience: " + ref);
        }
    }
}
