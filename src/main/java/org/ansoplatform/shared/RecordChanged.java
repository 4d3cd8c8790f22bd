package org.ansoplatform.shared;

/**
 * Published by the module that owns a record when something others index or cite changed (created, edited,
 * published, withdrawn, deleted). Search re-reads the record from the owner's source; no other content travels
 * with the event, so a listener never acts on a stale copy.
 */
public record RecordChanged(RecordRef ref) {
}
