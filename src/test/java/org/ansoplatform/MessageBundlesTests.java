package org.ansoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every language stays in step with English: each configured language ({@code anso.languages}) and each language
 * with a twin bundle on the class path has every module's twin, with every key of English and no other, none empty.
 */
class MessageBundlesTests {

    private static final ClassLoader LOADER = MessageBundlesTests.class.getClassLoader();

    @Test
    void everyLanguageHasEveryKeyOfEnglish() {
        Set<String> languages = new TreeSet<>(BundleKeys.configuredLanguages(LOADER));
        languages.addAll(BundleKeys.twinLanguages(LOADER));
        assertThat(languages).contains("en", "zh");
        assertThat(BundleKeys.englishBundles(LOADER)).as("bundles compared").isGreaterThanOrEqualTo(6);
        assertThat(BundleKeys.problems(LOADER, languages)).isEmpty();
    }

    /** Bundles are merged into one message source, so a key defined twice would silently shadow one of them. */
    @Test
    void noKeyIsDefinedInTwoModules() throws IOException {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String name = resource.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            for (String key : keys(resource)) {
                String previous = owner.putIfAbsent(key, name);
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + name);
                }
            }
        }
        assertThat(owner).hasSizeGreaterThan(100);
        assertThat(clashes).isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        List<String> empty = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            Properties properties = load(resource);
            properties.forEach((key, value) -> {
                if (value.toString().isBlank()) {
                    empty.add(resource.getFilename() + ": " + key);
                }
            });
        }
        assertThat(empty).isEmpty();
    }

    private static Set<String> keys(Resource resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
