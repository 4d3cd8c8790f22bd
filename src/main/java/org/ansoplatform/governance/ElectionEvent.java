package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.AuditedEvent;

/** Something that happened to an election (never a ballot); audited on the election. */
public interface ElectionEvent extends AuditedEvent {

    UUID electionId();

    @Override
    default String recordType() {
        return "election";
    }

    @Override
    default String recordId() {
        return electionId().toString();
    }
}
