package org.ansoplatform.publications;

import java.time.LocalDate;

import org.ansoplatform.shared.LocalizedText;

/** A news article as an editor writes it: texts per language (a title and a body in at least one), a category and a date. */
public record NewsCommand(LocalizedText title, LocalizedText summary, LocalizedText body, NewsCategory category,
        LocalDate date, String dateNote) {
}
