package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.AuditedEvent;

/** An audited event about one application: the application is the record the activity log files it under. */
public interface ApplicationEvent extends AuditedEvent {

    UUID applicationId();

    @Override
    default String recordType() {
        return "application";
    }

    @Override
    default String recordId() {
        return applicationId().toString();
    }
}
