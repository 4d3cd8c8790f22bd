package org.ansoplatform.publications.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ansoplatform.publications.front.compose.Composition;

/** A composition's titles and editorial per language, as the editor changes them. */
public record CompositionTextsForm(Map<String, String> title, Map<String, String> editorial) {

    public CompositionTextsForm {
        title = title == null ? new LinkedHashMap<>() : title;
        editorial = editorial == null ? new LinkedHashMap<>() : editorial;
    }

    static CompositionTextsForm of(Composition composition) {
        return new CompositionTextsForm(new LinkedHashMap<>(composition.title().values()),
                new LinkedHashMap<>(composition.editorial().values()));
    }
}
