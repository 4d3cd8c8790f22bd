package org.ansoplatform.publications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/** A newsletter issue as an editor composes it: its number and date, a title and an editorial per language, its articles in order. */
public record NewsletterCommand(Integer number, LocalDate date, String dateNote, LocalizedText title, LocalizedText editorial,
        List<UUID> articles, UUID seriesId) {
}
