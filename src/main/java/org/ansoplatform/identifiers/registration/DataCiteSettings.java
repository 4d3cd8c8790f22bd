package org.ansoplatform.identifiers.registration;

import java.net.URI;
import java.time.Duration;

import org.ansoplatform.shared.Doi;

/**
 * How this platform registers DOIs ({@code anso.identifiers.datacite.*}). Without a repository id and a
 * password nothing is ever sent: DOIs stay local drafts under the prefix.
 */
public record DataCiteSettings(String prefix, URI apiUrl, String repositoryId, String password, int maxAttempts,
        Duration firstRetry, Duration longestRetry) {

    public DataCiteSettings {
        if (!Doi.isPrefix(prefix)) {
            throw new IllegalArgumentException("anso.identifiers.datacite.prefix is not a DOI prefix: " + prefix);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("anso.identifiers.datacite.max-attempts must be at least 1");
        }
    }

    public boolean hasCredentials() {
        return repositoryId != null && !repositoryId.isBlank() && password != null && !password.isBlank();
    }

    /** The wait before attempt {@code n + 1} after {@code n} failed ones: doubling from the first, capped. */
    public Duration backoff(int failedAttempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
