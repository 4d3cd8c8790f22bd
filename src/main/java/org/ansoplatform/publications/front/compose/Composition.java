package org.ansoplatform.publications.front.compose;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;

/**
 * A composed issue as stored: its kind, year and number, titles and editorial by language, the records picked in
 * the editor's order with a text for each, and the issue it was published as (none yet: part P's issues).
 */
public record Composition(UUID id, CompositionKind kind, int year, int number, LocalizedText title, LocalizedText editorial,
        boolean illustrative, UUID issueId, int version, Instant createdAt, Instant updatedAt, List<Pick> picks) {

    public Composition {
        picks = picks == null ? List.of() : List.copyOf(picks);
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String editorial(Locale locale) {
        return editorial.isEmpty() ? null : editorial.in(locale);
    }

    /** One picked record, at its place (0 first), with the editor's text for it in each language. */
    public record Pick(UUID id, RecordRef ref, int position, LocalizedText text) {

        public String text(Locale locale) {
            return text.isEmpty() ? null : text.in(locale);
        }
    }
}
