package org.ansoplatform.activitylog;

import java.time.Instant;
import java.util.UUID;

public record ActivityEntry(long id, Instant occurredAt, UUID actorId, String actorName, String address, String action,
        String recordType, String recordId, String detail) {
}
