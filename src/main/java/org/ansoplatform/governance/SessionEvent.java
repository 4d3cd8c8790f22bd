package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.AuditedEvent;

/** Something that happened to a session of the Board or the Assembly; audited on the session. */
public interface SessionEvent extends AuditedEvent {

    UUID sessionId();

    @Override
    default String recordType() {
        return "session";
    }

    @Override
    default String recordId() {
        return sessionId().toString();
    }
}
