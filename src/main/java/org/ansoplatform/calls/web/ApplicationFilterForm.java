package org.ansoplatform.calls.web;

import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.CallView;

/**
 * The Secretariat's filters of a call's applications, as typed (any may be empty); a status that is not one
 * is a type mismatch, {@code q} searches references and names, a track or country the call does not know is refused by {@link #filter}.
 */
public record ApplicationFilterForm(String track, String country, ApplicationStatus status, Boolean eligible, Boolean nominated,
        String q) {

    static ApplicationFilterForm none() {
        return new ApplicationFilterForm(null, null, null, null, null, null);
    }

    /** The filter of the queries; refused with every unknown value named. */
    Filter filter(CallView call) {
        return CallsApi.filter(call, track, country, status == null ? null : status.name(), eligible, nominated, q);
    }
}
