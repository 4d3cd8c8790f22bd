package org.ansoplatform.calls;

import java.util.List;

import org.ansoplatform.shared.LocalizedText;

public record FormSection(String key, LocalizedText title, List<FormField> fields) {

    public FormSection {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
