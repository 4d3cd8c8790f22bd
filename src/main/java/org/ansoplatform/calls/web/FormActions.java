package org.ansoplatform.calls.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.intake.OrganizationDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * The buttons of the applicant's form that save the draft and then show the form again changed: add a row to a
 * group, remove one, search the directory for an organization. They are submit buttons, so they work without
 * JavaScript; with htmx the same post answers the page and the form is taken from it.
 */
@Component
class FormActions {

    static final String ADD_ROW = "addRow";
    static final String REMOVE_ROW = "removeRow";
    static final String FIND = "find";
    /** Model names: the group given a blank row, and the directory's matches and the searched text by the organization's path. */
    static final String ADDED = "addedRows";
    static final String MATCHES = "organizationMatches";
    static final String SEARCHED = "organizationSearched";

    private final OrganizationDirectory directory;

    FormActions(OrganizationDirectory directory) {
        this.directory = directory;
    }

    static boolean asked(MultiValueMap<String, String> posted) {
        return posted.containsKey(ADD_ROW) || posted.containsKey(REMOVE_ROW) || posted.containsKey(FIND);
    }

    void apply(MultiValueMap<String, String> posted, Model model) {
        String added = posted.getFirst(ADD_ROW);
        model.addAttribute(ADDED, added == null ? Set.of() : Set.of(added));
        String path = posted.getFirst(FIND);
        if (path != null) {
            String text = posted.getFirst(path + ".q");
            Map<String, List<ApplicationForm.Organization>> matches = new LinkedHashMap<>();
            matches.put(path, directory.search(text));
            model.addAttribute(MATCHES, matches);
            model.addAttribute(SEARCHED, Map.of(path, text == null ? "" : text.strip()));
        }
    }
}
