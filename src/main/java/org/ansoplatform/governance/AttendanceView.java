package org.ansoplatform.governance;

import java.util.UUID;

/** Whether a member organization attended a session. */
public record AttendanceView(UUID organizationId, String organizationName, boolean present) {
}
