package org.ansoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessageFormat;
import org.ansoplatform.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A year is written as a year in every language: every message whose key names a year, rendered with the year 2026
 * as each of its arguments (the number a page passes), never reads “2,026”, “2 026” or “2.026” (issue 25, item 6).
 */
class YearMessagesTests extends IntegrationTest {

    private static final Pattern GROUPED = Pattern.compile("2[,.\\s\\u00a0\\u202f\\u2009']026");

    @Autowired
    MessageSource messages;

    @Autowired
    Languages languages;

    @Test
    void everyYearMessageWritesTheYearWithoutGrouping() throws IOException {
        List<String> keys = new ArrayList<>();
        Properties english = new Properties();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            if (resource.getFilename() != null && !resource.getFilename().contains("_")) {
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    Properties bundle = new Properties();
                    bundle.load(reader);
                    english.putAll(bundle);
                }
            }
        }
        // “YEAR” in capitals is a period's enum constant (an amount per year), not a year
        english.stringPropertyNames().stream().filter(key -> key.contains("year") || key.contains("Year")).sorted().forEach(keys::add);
        assertThat(keys).as("keys naming a year").contains("meetings.statistics.yearTitle", "figures.title.year");

        List<String> grouped = new ArrayList<>();
        for (String key : keys) {
            int arguments = new MessageFormat(english.getProperty(key), Locale.ENGLISH).getFormatsByArgumentIndex().length;
            Object[] years = new Object[arguments];
            Arrays.fill(years, 2026);
            for (String tag : languages.tags()) {
                String text = messages.getMessage(key, years, Locale.forLanguageTag(tag));
                if (GROUPED.matcher(text).find()) {
                    grouped.add(tag + " " + key + ": " + text);
                }
                if (arguments > 0) {
                    assertThat(text).as(tag + " " + key).contains("2026");
                }
            }
        }
        assertThat(grouped).isEmpty();
    }
}
