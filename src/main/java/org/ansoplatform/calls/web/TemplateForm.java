package org.ansoplatform.calls.web;

import java.util.Map;
import java.util.UUID;

/** A message template: its name, the call it belongs to (none for every call), a subject and a body per language. */
public record TemplateForm(String name, UUID call, Map<String, String> subject, Map<String, String> body) {

    static TemplateForm empty() {
        return new TemplateForm(null, null, Map.of(), Map.of());
    }
}
