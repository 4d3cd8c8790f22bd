package org.ansoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Country names come from one place (shared/CountryNames: ISO English, official Chinese, CLDR otherwise), so a
 * page, an export and a PDF never name one country two ways: the JDK's own names are read only in {@code shared}.
 */
class CountryNamesConventionTests {

    static final Path MAIN = Path.of("src/main/java/org/ansoplatform");

    @Test
    void noClassOutsideSharedNamesACountryThroughTheJdk() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !MAIN.relativize(file).startsWith("shared"))
                    .filter(CountryNamesConventionTests::namesCountriesThroughTheJdk)
                    .map(file -> MAIN.relativize(file).toString()).sorted().toList();
            assertThat(offenders).as("use CountryCode.name(code, locale) instead of getDisplayCountry").isEmpty();
        }
    }

    @Test
    void theCheckSeesACall() throws IOException {
        Path probe = Files.createTempFile("Probe", ".java");
        try {
            Files.writeString(probe, "class Probe { String n = new java.util.Locale(\"\", \"PK\").getDisplayCountry(); }");
            assertThat(namesCountriesThroughTheJdk(probe)).isTrue();
        } finally {
            Files.delete(probe);
        }
    }

    static boolean namesCountriesThroughTheJdk(Path file) {
        try {
            return Files.readString(file).contains("getDisplayCountry");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
