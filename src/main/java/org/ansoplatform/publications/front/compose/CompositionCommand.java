package org.ansoplatform.publications.front.compose;

import java.util.List;

import org.ansoplatform.shared.LocalizedText;

/**
 * A new composition: kind, year and number (unique per kind and year), titles and editorial by language, and the
 * records picked first (references {@code module:type:id}, at least one), in order.
 */
public record CompositionCommand(CompositionKind kind, Integer year, Integer number, LocalizedText title,
        LocalizedText editorial, List<String> picks, boolean illustrative) {

    public CompositionCommand {
        title = title == null ? new LocalizedText(null) : title;
        editorial = editorial == null ? new LocalizedText(null) : editorial;
        picks = picks == null ? List.of() : picks.stream().filter(pick -> pick != null && !pick.isBlank()).map(String::strip).toList();
    }
}
