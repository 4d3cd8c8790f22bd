package org.ansoplatform.activitylog;

import java.time.LocalDate;

/** All optional: actor matches the name or email, the others match exactly; dates are inclusive, in UTC. */
public record ActivityFilter(String actor, String action, String recordType, String recordId, LocalDate from,
        LocalDate to) {

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
