package org.ansoplatform.calls.web;

import java.util.UUID;

/** A reminder: this template, so many days before the call closes, to every unfinished draft. */
public record ReminderForm(UUID template, Integer daysBefore, String replyTo) {

    static ReminderForm empty() {
        return new ReminderForm(null, 3, null);
    }
}
