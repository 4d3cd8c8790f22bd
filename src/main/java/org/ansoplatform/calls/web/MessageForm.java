package org.ansoplatform.calls.web;

import java.util.UUID;

import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.CallView;

/**
 * A message to everyone in a filtered list: the list's filter as the list's address carries it (so the message goes to
 * exactly what the Secretariat saw), a template picked or not, the subject, the body and a reply-to address.
 */
public record MessageForm(String track, String country, String status, Boolean eligible, Boolean nominated, String q,
        UUID template, String subject, String body, String replyTo) {

    /** The filter of the list; refused with every unknown value named. */
    Filter filter(CallView call) {
        return CallsApi.filter(call, track, country, status, eligible, nominated, q);
    }

    MessageForm withText(String newSubject, String newBody) {
        return new MessageForm(track, country, status, eligible, nominated, q, template, newSubject, newBody, replyTo);
    }
}
