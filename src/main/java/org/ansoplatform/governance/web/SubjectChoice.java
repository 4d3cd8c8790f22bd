package org.ansoplatform.governance.web;

import java.util.UUID;

import org.ansoplatform.governance.DecisionSubject;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.shared.RecordRef;

/**
 * Something a decision or a motion can be about, as one choice in a form: {@code TYPE:id} (e.g.
 * {@code APPLICATION:5f0c...}), or {@code RECORD:module:type:id} for another module's record. Spring converts the
 * text through {@link #valueOf}; an unknown kind or a malformed id is a type mismatch on the field, and an empty
 * choice is no subject (null).
 */
public record SubjectChoice(SubjectType type, UUID id, String label, RecordRef ref) {

    public static SubjectChoice of(SubjectType type, UUID id, String label) {
        return new SubjectChoice(type, id, label, null);
    }

    public static SubjectChoice of(DecisionSubject subject) {
        return new SubjectChoice(SubjectType.RECORD, subject.ref().id(), subject.title(), subject.ref());
    }

    /** Parses {@code TYPE:id} or {@code RECORD:module:type:id}; used by Spring's conversion of the form's text. */
    public static SubjectChoice valueOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a subject: " + value);
        }
        SubjectType type = SubjectType.valueOf(value.substring(0, colon));
        if (type == SubjectType.RECORD) {
            RecordRef ref = RecordRef.parse(value.substring(colon + 1));
            return new SubjectChoice(type, ref.id(), null, ref);
        }
        return new SubjectChoice(type, UUID.fromString(value.substring(colon + 1)), null, null);
    }

    /** The choice's value in the form. */
    public String value() {
        return type == SubjectType.RECORD ? type + ":" + ref : type + ":" + id;
    }

    @Override
    public String toString() {
        return value();
    }
}
