package org.ansoplatform.publications.news;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.publications.NewsCategory;
import org.ansoplatform.publications.NewsCommand;
import org.ansoplatform.publications.NewsManagement;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;

/** News articles for tests, written and published through the module's commands. */
final class NewsFixtures {

    private NewsFixtures() {
    }

    static NewsCommand article(String title, NewsCategory category, LocalDate date) {
        return new NewsCommand(LocalizedText.of(Map.of("en", title)), LocalizedText.of(Map.of("en", "Summary of " + title)),
                LocalizedText.of(Map.of("en", "First paragraph of " + title + ".\n\nSecond paragraph.")), category, date, "");
    }

    static UUID published(NewsManagement news, String title, NewsCategory category, LocalDate date, Actor actor) {
        UUID id = news.create(article(title, category, date), actor);
        news.publish(id, actor);
        return id;
    }
}
