package org.ansoplatform.datasets.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.ansoplatform.identifiers.ContributorType;
import org.ansoplatform.identifiers.DateType;
import org.ansoplatform.identifiers.RelationType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every term of DataCite's date, contributor and relation vocabularies the deposit form offers has its name in every
 * language, so no page shows {@code Collected} or {@code IsCitedBy} under Chinese, or a missing key.
 */
class DataCiteVocabularyMessagesTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh", "_ru", "_es", "_fr"})
    void everyTermHasItsName(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/datasetsdeposit" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new java.util.ArrayList<>();
        for (DateType type : DateType.values()) {
            keys.add("datasets.dateType." + type.name());
        }
        for (ContributorType type : ContributorType.values()) {
            keys.add("datasets.contributorType." + type.name());
        }
        for (RelationType type : RelationType.values()) {
            keys.add("datasets.relationType." + type.name());
        }
        assertThat(keys).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key + language).isNotBlank());
    }
}
