package org.ansoplatform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class FileMessagesTests {

    @Test
    void englishAndChineseHaveTheSameKeysAllPrefixed() throws IOException {
        Properties english = load("i18n/files.properties");
        Properties chinese = load("i18n/files_zh.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("files."))
                .contains("files.error.tooLarge", "files.uploaded", "files.error.empty", "files.error.type",
                        "files.error.disguised");
        assertThat(chinese.values()).allMatch(value -> !value.toString().isBlank());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FileMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
