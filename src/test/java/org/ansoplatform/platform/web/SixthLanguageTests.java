package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.ansoplatform.BundleKeys;
import org.ansoplatform.platform.IcuMessageSource;
import org.ansoplatform.platform.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Adding a language needs bundles and configuration only: a German bundle set (every English bundle's twin, written
 * here into a folder of its own) on the class path and {@code de} in the configured list, and the platform's own
 * message source, locale negotiation, language switcher and completeness check all take German, with no code changed.
 * Built by hand from the real classes, so the shared test context stays as it is.
 */
class SixthLanguageTests {

    @TempDir
    Path folder;

    @Test
    void aSixthLanguageNeedsOnlyItsBundlesAndTheConfiguration() throws IOException {
        ClassLoader withGerman = germanBundlesIn(folder);
        Languages languages = new Languages(List.of("en,zh,ru,es,fr,de".split(",")));
        Locale german = Locale.forLanguageTag("de");

        var messages = IcuMessageSource.fromClassPath(withGerman);
        assertThat(messages.getMessage("nav.login", null, german)).isEqualTo("[de] Sign in");
        assertThat(messages.getMessage("nav.login", null, Locale.ENGLISH)).isEqualTo("Sign in");

        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "de-AT,de;q=0.9,en;q=0.5");
        assertThat(new WebConfiguration(null, null, languages).localeResolver().resolveLocale(request)).isEqualTo(german);

        assertThat(languages.choices()).extracting(Languages.Choice::tag, Languages.Choice::name)
                .contains(org.assertj.core.groups.Tuple.tuple("de", "Deutsch"), org.assertj.core.groups.Tuple.tuple("ru", "Русский"));
        assertThat(BundleKeys.problems(withGerman, List.of("de"))).isEmpty();
    }

    @Test
    void aLanguageMissingAKeyIsCaught() throws IOException {
        ClassLoader withGerman = germanBundlesIn(folder);
        Path platform = folder.resolve("i18n/platform_de.properties");
        List<String> lines = Files.readAllLines(platform).stream().filter(line -> !line.startsWith("nav.login=")).toList();
        Files.write(platform, lines);
        assertThat(BundleKeys.problems(withGerman, List.of("de"))).containsExactly("platform_de.properties: nav.login missing");
    }

    @Test
    void aRightToLeftLanguageTurnsThePageRightToLeft() {
        Languages languages = new Languages(List.of("en", "ar"));
        assertThat(languages.choices()).extracting(Languages.Choice::direction).containsExactly("ltr", "rtl");
    }

    /** Every English bundle's German twin, each message marked so that the test sees which bundle answered. */
    private static ClassLoader germanBundlesIn(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("i18n"));
        for (Resource english : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String name = String.valueOf(english.getFilename());
            if (name.contains("_")) {
                continue;
            }
            Properties messages = new Properties();
            try (var reader = new InputStreamReader(english.getInputStream(), StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            Properties german = new Properties();
            messages.forEach((key, value) -> german.put(key, "[de] " + value));
            try (Writer writer = Files.newBufferedWriter(folder.resolve("i18n/" + name.replace(".properties", "_de.properties")))) {
                german.store(writer, null);
            }
        }
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, SixthLanguageTests.class.getClassLoader());
    }
}
