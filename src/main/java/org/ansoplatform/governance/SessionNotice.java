package org.ansoplatform.governance;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A session convened, or moved to another time or place ({@code rescheduled}), for notifications to tell its body's members by email and under Messages: the delegates
 * of the organizations entitled to vote in it ({@code recipients}), and for the Board also the Board's members.
 * {@code startsAt} is local to {@code zone}.
 */
public record SessionNotice(UUID sessionId, Body body, String title, LocalDateTime startsAt, String zone, SessionMode mode,
        String location, boolean rescheduled, List<UUID> recipients, String path) {
}
