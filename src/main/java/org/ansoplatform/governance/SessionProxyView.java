package org.ansoplatform.governance;

import java.time.Instant;
import java.util.UUID;

/** The vote an organization gave for a whole session: to whom, when, and whether the holder has used it. */
public record SessionProxyView(UUID sessionId, UUID holderId, Instant givenAt, boolean used) {
}
