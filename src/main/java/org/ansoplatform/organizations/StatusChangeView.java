package org.ansoplatform.organizations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One entry of an organization's status history: the status it took, the date since which it holds it
 * (null when unknown), when that was recorded and by whom (null for the system), and on what basis (the
 * decisions that made it, null when not recorded).
 */
public record StatusChangeView(OrganizationStatus status, LocalDate since, Instant recordedAt, UUID recordedBy,
        String basis) {

    /** The day it was recorded, in UTC. */
    public LocalDate recordedOn() {
        return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
    }
}
