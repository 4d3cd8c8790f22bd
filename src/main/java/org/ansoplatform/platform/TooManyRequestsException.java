package org.ansoplatform.platform;

import java.time.Duration;

/** A rate limit refused the request; it may be tried again after {@code retryAfter}. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super("rate limit reached, retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
