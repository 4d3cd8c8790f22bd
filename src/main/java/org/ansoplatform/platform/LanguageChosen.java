package org.ansoplatform.platform;

import java.util.UUID;

/** A signed-in person switched the interface language; accounts remembers it for their emails. */
public record LanguageChosen(UUID personId, String languageTag) {
}
