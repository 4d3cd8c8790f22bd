package org.ansoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.Figure;
import org.springframework.context.MessageSource;

/** Checks that figures are named and defined in every configured language, defined not only in the fallback's words. */
public final class FigureMessages {

    private FigureMessages() {
    }

    public static void assertNamedAndDefinedInEveryLanguage(List<Figure> figures, MessageSource messages, Languages languages) {
        assertThat(figures).isNotEmpty();
        Locale fallback = languages.fallback();
        for (Figure figure : figures) {
            for (String code : List.of("figure." + figure.key(), "figure." + figure.key() + ".definition")) {
                String english = messages.getMessage(code, null, fallback);
                assertThat(english).as(code).isNotBlank();
                for (Locale locale : languages.locales()) {
                    String text = messages.getMessage(code, null, locale);
                    assertThat(text).as(code + " in " + locale).isNotBlank();
                    // a name may be the same word in two languages (Associations, Forum); a definition never is
                    if (!locale.equals(fallback) && code.endsWith(".definition")) {
                        assertThat(text).as(code + " translated into " + locale).isNotEqualTo(english);
                    }
                }
            }
        }
    }
}
