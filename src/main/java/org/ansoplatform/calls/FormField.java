package org.ansoplatform.calls;

import java.util.List;
import java.util.Set;

import org.ansoplatform.shared.LocalizedText;

/**
 * One question of an application form. {@code maxWords} applies to long texts, {@code options} to
 * choices, {@code maxBytes} and {@code contentTypes} to files. {@code optionsFollow} names another choice
 * question whose answer decides which options are offered (the discipline within the field of study): an
 * option with a {@code parent} is offered only when that question's answer is the parent.
 */
public record FormField(String key, FieldType type, LocalizedText label, LocalizedText help, boolean required,
        Integer maxWords, List<Option> options, Long maxBytes, Set<String> contentTypes, String optionsFollow) {

    public FormField {
        help = help == null ? LocalizedText.of(java.util.Map.of()) : help;
        options = options == null ? List.of() : List.copyOf(options);
        contentTypes = contentTypes == null ? Set.of() : Set.copyOf(contentTypes);
    }

    public FormField(String key, FieldType type, LocalizedText label, LocalizedText help, boolean required, Integer maxWords,
            List<Option> options, Long maxBytes, Set<String> contentTypes) {
        this(key, type, label, help, required, maxWords, options, maxBytes, contentTypes, null);
    }

    /** A choice; with a {@code parent}, offered only when the question the field follows is answered with it. */
    public record Option(String value, LocalizedText label, String parent) {

        public Option(String value, LocalizedText label) {
            this(value, label, null);
        }

        /** Whether the option is offered when the followed question's answer is {@code chosen} (anything, if none). */
        public boolean offeredFor(Object chosen) {
            return parent == null || chosen == null || parent.equals(chosen.toString());
        }
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isFile() {
        return type == FieldType.FILE;
    }

    public boolean hasOption(String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }
}
