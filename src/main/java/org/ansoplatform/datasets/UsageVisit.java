package org.ansoplatform.datasets;

import java.time.Instant;

/**
 * One look at a dataset as COUNTER counts it: the session it belongs to (a signed-in account or a session cookie,
 * hashed; never stored in clear), the user agent (robots are left out by list), the client address (only hashed into
 * the session when there is no cookie) and the instant.
 */
public record UsageVisit(String session, String userAgent, String clientAddress, Instant at) {
}
