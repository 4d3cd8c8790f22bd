package org.ansoplatform.meetings.web;

import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.RegistrationStatus;

/**
 * The Secretariat's search in a meeting's registrations as typed query parameters; lenient like every list's
 * filters (a value of the wrong type is left out by the binder).
 */
public record RegistrationFilter(String q, RegistrationStatus status, String country, Boolean attended, String answer,
        Integer page) {

    static RegistrationFilter none() {
        return new RegistrationFilter(null, null, null, null, null, null);
    }

    /** {@code answer} is a question's position and one of its options' keys, {@code 2:o1}; anything else is no filter. */
    RegistrationQueries.Filter toQuery() {
        Integer question = null;
        String option = null;
        if (answer != null && answer.matches("\\d{1,2}:[A-Za-z0-9_-]{1,20}")) {
            question = Integer.valueOf(answer.substring(0, answer.indexOf(':')));
            option = answer.substring(answer.indexOf(':') + 1);
        }
        return new RegistrationQueries.Filter(q, status, country, attended, question, option);
    }
}
