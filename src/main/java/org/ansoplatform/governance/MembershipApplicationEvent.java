package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.AuditedEvent;

/** A step of a membership application; audited on the application. */
public interface MembershipApplicationEvent extends AuditedEvent {

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
