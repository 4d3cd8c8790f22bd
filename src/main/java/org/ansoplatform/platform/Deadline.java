package org.ansoplatform.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A date someone must act by (a call closing, a panel's review deadline, an offer's answer-by date), with the
 * zone it is set in and the page where it is acted on.
 *
 * @param label the text shown, already in the reader's language
 */
public record Deadline(String label, Instant at, ZoneId zone, String path) {

    public Deadline {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
    }

    public ZonedDateTime local() {
        return at.atZone(zone);
    }
}
