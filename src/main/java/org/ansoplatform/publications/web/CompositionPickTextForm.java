package org.ansoplatform.publications.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The editor's text for one pick, per language ({@code text[en]}, {@code text[zh]}, ...). */
public record CompositionPickTextForm(Map<String, String> text) {

    public CompositionPickTextForm {
        text = text == null ? new LinkedHashMap<>() : text;
    }
}
