package org.ansoplatform.calls;

import java.util.List;
import java.util.Set;

import org.ansoplatform.shared.LocalizedText;

/**
 * One question of an application form. {@code maxWords} applies to long texts, {@code options} to
 * choices, {@code maxBytes} and {@code contentTypes} to files.
 */
public record FormField(String key, FieldType type, LocalizedText label, LocalizedText help, boolean required,
        Integer maxWords, List<Option> options, Long maxBytes, Set<String> contentTypes) {

    public FormField {
        help = help == null ? LocalizedText.of(java.util.Map.of()) : help;
        options = options == null ? List.of() : List.copyOf(options);
        contentTypes = contentTypes == null ? Set.of() : Set.copyOf(contentTypes);
    }

    public record Option(String value, LocalizedText label) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isFile() {
        return type == FieldType.FILE;
    }

    public boolean hasOption(String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }
}
