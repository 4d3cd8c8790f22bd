package org.ansoplatform.review;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * Something changed in reviewing, for the audit trail: a rubric saved, a review submitted or declined, a
 * note or discussion recorded, a panel reopened for a further review or recalibrated. Never scores or
 * comments in the detail.
 */
public record ReviewingChanged(String action, String recordType, String recordId, String detail, Actor actor)
        implements AuditedEvent {
}
