package org.ansoplatform.governance.web;

import java.util.UUID;

import org.ansoplatform.governance.SubjectType;

/**
 * Something a decision or a motion can be about, as one choice in a form: {@code TYPE:id} (e.g.
 * {@code APPLICATION:5f0c...}). Spring converts the text through {@link #valueOf}; an unknown kind or a malformed
 * id is a type mismatch on the field, and an empty choice is no subject (null).
 */
public record SubjectChoice(SubjectType type, UUID id, String label) {

    public static SubjectChoice of(SubjectType type, UUID id, String label) {
        return new SubjectChoice(type, id, label);
    }

    /** Parses {@code TYPE:id}; used by Spring's conversion of the form's text. */
    public static SubjectChoice valueOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a subject: " + value);
        }
        return new SubjectChoice(SubjectType.valueOf(value.substring(0, colon)), UUID.fromString(value.substring(colon + 1)),
                null);
    }

    /** The choice's value in the form. */
    public String value() {
        return type + ":" + id;
    }

    @Override
    public String toString() {
        return value();
    }
}
