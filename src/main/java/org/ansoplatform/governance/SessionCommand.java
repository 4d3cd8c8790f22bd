package org.ansoplatform.governance;

import java.time.LocalDateTime;

/** A session to plan: the body that meets, when (local time in {@code zone}), how and where. */
public record SessionCommand(Body body, String title, LocalDateTime startsAt, String zone, SessionMode mode, String location) {
}
