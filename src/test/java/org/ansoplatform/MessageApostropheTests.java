package org.ansoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Apostrophes come out as written (issue 14 met "Referee''s name"): a message with arguments, and every
 * email (always formatted with the reader's name), goes through ICU's MessageFormat, where an apostrophe quotes
 * only when it stands before a brace, {@code #} or {@code |} (and then hides the placeholder), and a doubled one
 * prints once; a message without arguments is shown as it stands, where a doubled one would show twice.
 * Translators write the typographic apostrophe ’, which no formatter touches.
 */
class MessageApostropheTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern QUOTING = Pattern.compile("(?<!')'(?=[{}#|])");

    @Test
    void everyMessageWritesItsApostrophesForTheWayItIsShown() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            Properties messages = new Properties();
            try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                boolean formatted = ARGUMENT.matcher(text).find() || key.startsWith("mail.");
                if (formatted && QUOTING.matcher(text).find()) {
                    problems.add(resource.getFilename() + ": " + key + " has an apostrophe before a brace that ICU would take as a quote");
                }
                if (!formatted && text.contains("''")) {
                    problems.add(resource.getFilename() + ": " + key + " has a doubled apostrophe that would show twice");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
