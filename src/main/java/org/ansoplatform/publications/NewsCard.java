package org.ansoplatform.publications;

import java.time.LocalDate;
import java.util.UUID;

/** A news article as a list shows it (the front page's latest news): in the reader's language, linking to its page. */
public record NewsCard(UUID id, String title, String summary, String category, LocalDate date, String imagePath,
        String path) {
}
