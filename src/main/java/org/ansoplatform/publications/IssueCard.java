package org.ansoplatform.publications;

import java.time.LocalDate;
import java.util.UUID;

/** An issue as a list shows it (the front page's latest publications): in the reader's language, linking to its page. */
public record IssueCard(UUID id, UUID seriesId, String seriesTitle, String number, String title, LocalDate date, String path) {
}
