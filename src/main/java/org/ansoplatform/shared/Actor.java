package org.ansoplatform.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * Who caused a change, from where and when, captured in the request that made it so that listeners running
 * after commit (on another thread) can still say it. {@code personId} is null for anonymous visitors
 * and for the system itself.
 */
public record Actor(UUID personId, String name, String address, Instant at) {

    public static Actor system(Instant at) {
        return new Actor(null, "system", null, at);
    }
}
