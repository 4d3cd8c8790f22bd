package org.ansoplatform.publications;

import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/** A news article became public (for listeners such as a front page cache or a social post). */
public record NewsPublished(UUID id, LocalizedText title, String path) {
}
