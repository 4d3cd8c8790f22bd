package org.ansoplatform.calls.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step the applicant cannot undo (submit, withdraw, accept or decline an offer), asked once more on a page
 * of its own that says what will happen: the same form posted again with {@code confirmed=true}. A page and
 * not a script's dialog, so it works without JavaScript and reads the same on a phone.
 *
 * @param title  the question, in the reader's language
 * @param lines  what happens, in the reader's language
 * @param action where the confirmed form posts
 * @param fields the form's fields to post again (hidden), with {@code confirmed=true} added
 * @param button the confirming button's text
 * @param back   where "Go back" leads, nothing done
 */
record Confirmation(String title, List<String> lines, String action, Map<String, String> fields, String button, String back) {

    static final String VIEW = "calls/confirm";

    Confirmation {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("confirmed", "true");
        fields = all;
        lines = List.copyOf(lines);
    }
}
