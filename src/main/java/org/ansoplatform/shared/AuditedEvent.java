package org.ansoplatform.shared;

/**
 * A module event that belongs in the audit trail. The activity log listens to this type only, so it
 * never depends on the modules it records.
 */
public interface AuditedEvent {

    Actor actor();

    /** What was done, as a stable dotted key such as {@code organization.updated}. */
    String action();

    /** The kind of record changed, such as {@code organization}. */
    String recordType();

    String recordId();

    /** A short human-readable detail, never secrets. */
    default String detail() {
        return "";
    }
}
