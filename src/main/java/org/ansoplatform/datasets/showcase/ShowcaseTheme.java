package org.ansoplatform.datasets.showcase;

import java.util.Locale;
import java.util.Optional;

/**
 * What an application serves, as the showcase pages group them, in seven themes with OTHER for the rest. The slug
 * names the theme's page, as in /showcases/themes/water.
 */
public enum ShowcaseTheme {
    AGRICULTURE_FOOD, HEALTH, WATER, ENVIRONMENT_CLIMATE, BIODIVERSITY, DISASTERS, OTHER;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ShowcaseTheme> ofSlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        for (ShowcaseTheme theme : values()) {
            if (theme.slug().equals(slug.strip().toLowerCase(Locale.ROOT)) || theme.name().equalsIgnoreCase(slug.strip())) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
