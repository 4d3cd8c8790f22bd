package org.ansoplatform.governance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An election of the Governing Board: its seats and the member organizations standing. */
public record ElectionCommand(UUID sessionId, String title, Integer seats, Instant deadline, List<UUID> candidates) {
}
