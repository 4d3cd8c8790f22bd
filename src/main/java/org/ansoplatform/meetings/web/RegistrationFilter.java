package org.ansoplatform.meetings.web;

import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.RegistrationStatus;

/**
 * The Secretariat's search in a meeting's registrations as typed query parameters; lenient like every list's
 * filters (a value of the wrong type is left out by the binder).
 */
public record RegistrationFilter(String q, RegistrationStatus status, String country, Boolean attended, Integer page) {

    static RegistrationFilter none() {
        return new RegistrationFilter(null, null, null, null, null);
    }

    RegistrationQueries.Filter toQuery() {
        return new RegistrationQueries.Filter(q, status, country, attended);
    }
}
