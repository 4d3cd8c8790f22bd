package org.ansoplatform.publications.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ansoplatform.publications.NewsCategory;
import org.ansoplatform.publications.NewsCommand;
import org.ansoplatform.publications.NewsView;
import org.ansoplatform.shared.LocalizedText;

/** A news article as the editors' form types it: texts per language, a category, a date and why it is that date. */
public record NewsForm(Map<String, String> title, Map<String, String> summary, Map<String, String> body,
        @NotNull(message = "{news.error.category}") NewsCategory category, @NotNull(message = "{news.error.date}") LocalDate date,
        @Size(max = 300, message = "{news.error.tooLong}") String dateNote) {

    static NewsForm blank(LocalDate today) {
        return new NewsForm(Map.of(), Map.of(), Map.of(), NewsCategory.EVENTS, today, "");
    }

    static NewsForm of(NewsView n) {
        return new NewsForm(n.title().values(), n.summary().values(), n.body().values(), n.category(), n.date(), n.dateNote());
    }

    NewsCommand command() {
        return new NewsCommand(LocalizedText.of(title), LocalizedText.of(summary), LocalizedText.of(body), category, date, dateNote);
    }
}
