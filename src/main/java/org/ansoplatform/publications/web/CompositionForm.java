package org.ansoplatform.publications.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.publications.front.compose.CompositionCommand;
import org.ansoplatform.publications.front.compose.CompositionKind;
import org.ansoplatform.shared.LocalizedText;

/** A new composed issue: kind, year, number, titles and editorial per language, and the records picked first. */
public record CompositionForm(CompositionKind kind, Integer year, Integer number, Map<String, String> title,
        Map<String, String> editorial, List<String> picks) {

    public CompositionForm {
        title = title == null ? new LinkedHashMap<>() : title;
        editorial = editorial == null ? new LinkedHashMap<>() : editorial;
        picks = picks == null ? new ArrayList<>() : picks;
    }

    static CompositionForm blank(CompositionKind kind, int year) {
        return new CompositionForm(kind, year, null, null, null, null);
    }

    CompositionCommand command() {
        return new CompositionCommand(kind, year, number, new LocalizedText(title), new LocalizedText(editorial), picks, false);
    }
}
