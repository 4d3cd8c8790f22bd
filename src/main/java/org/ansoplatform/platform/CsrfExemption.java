package org.ansoplatform.platform;

import java.util.List;

/**
 * A POST that needs no CSRF token, declared as a bean by the module that owns it: only for an action whose whole
 * authority is a secret in its own address and which is harmless when forged, such as the one-click unsubscribe of
 * RFC 8058 that mail clients send without a page (decision 196). Patterns are matched on POST only.
 */
public record CsrfExemption(List<String> postPatterns) {

    public CsrfExemption {
        postPatterns = List.copyOf(postPatterns);
        if (postPatterns.isEmpty()) {
            throw new IllegalArgumentException("an exemption needs at least one path pattern");
        }
    }

    public static CsrfExemption post(String... patterns) {
        return new CsrfExemption(List.of(patterns));
    }
}
