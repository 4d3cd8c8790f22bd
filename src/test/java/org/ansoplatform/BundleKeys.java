package org.ansoplatform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The message bundles on a class path, compared language by language with English. */
public final class BundleKeys {

    private static final Pattern TWIN = Pattern.compile("[a-z]+_([a-z]{2,3})\\.properties");

    private BundleKeys() {
    }

    /** {@code anso.languages} as application.properties sets it. */
    public static List<String> configuredLanguages(ClassLoader loader) {
        Properties application = load(new PathMatchingResourcePatternResolver(loader).getResource("classpath:application.properties"));
        return List.of(application.getProperty("anso.languages", "en").split("\\s*,\\s*"));
    }

    /** Every language that has at least one twin bundle on the class path ({@code calls_ru.properties} names ru). */
    public static Set<String> twinLanguages(ClassLoader loader) {
        Set<String> languages = new TreeSet<>();
        for (Resource resource : resources(loader)) {
            Matcher twin = TWIN.matcher(String.valueOf(resource.getFilename()));
            if (twin.matches()) {
                languages.add(twin.group(1));
            }
        }
        return languages;
    }

    /**
     * What keeps a language from being complete: a module's bundle without its twin, a key of English missing, a key
     * English does not have, an empty message. English, the base bundles, needs no twin.
     */
    public static List<String> problems(ClassLoader loader, Collection<String> languages) {
        List<String> problems = new ArrayList<>();
        for (Resource english : resources(loader)) {
            String name = String.valueOf(english.getFilename());
            if (name.contains("_")) {
                continue;
            }
            Set<String> keys = load(english).stringPropertyNames();
            for (String language : languages) {
                if (language.equals("en")) {
                    continue;
                }
                String twinName = name.replace(".properties", "_" + language + ".properties");
                // found by the class loader, not beside English: a language may come in a jar or folder of its own
                Resource twin = new PathMatchingResourcePatternResolver(loader).getResource("classpath:i18n/" + twinName);
                if (!twin.exists()) {
                    problems.add(name + " has no " + language + " twin");
                    continue;
                }
                Properties translated = load(twin);
                keys.stream().filter(key -> !translated.containsKey(key)).forEach(key -> problems.add(twinName + ": " + key + " missing"));
                translated.stringPropertyNames().stream().filter(key -> !keys.contains(key))
                        .forEach(key -> problems.add(twinName + ": " + key + " is not in English"));
                translated.stringPropertyNames().stream().filter(key -> translated.getProperty(key).isBlank())
                        .forEach(key -> problems.add(twinName + ": " + key + " is empty"));
            }
        }
        return problems;
    }

    public static int englishBundles(ClassLoader loader) {
        int count = 0;
        for (Resource resource : resources(loader)) {
            if (!String.valueOf(resource.getFilename()).contains("_")) {
                count++;
            }
        }
        return count;
    }

    private static Resource[] resources(ClassLoader loader) {
        try {
            return new PathMatchingResourcePatternResolver(loader).getResources("classpath*:i18n/*.properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Resource resource) {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
