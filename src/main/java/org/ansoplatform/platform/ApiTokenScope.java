package org.ansoplatform.platform;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;

/**
 * What a personal API token may do. Whatever the scope, a token authenticates only API calls (and, with
 * {@link #METRICS}, the Prometheus endpoint), never a page, and never creates tokens; within its scope it has its
 * owner's roles.
 */
public enum ApiTokenScope {

    /** GET and HEAD calls of {@code /api/**}. */
    READ,
    /** Every call of {@code /api/**}. */
    READ_WRITE,
    /** {@code /actuator/prometheus} only (which also needs the owner to be an administrator). */
    METRICS;

    private static final String PREFIX = "TOKEN_SCOPE_";

    /** The authority that marks an authentication as made with a token of this scope. */
    public String authority() {
        return PREFIX + name();
    }

    /** The scope of the token that made this authentication, or null when it was not made with a token. */
    public static ApiTokenScope of(Collection<? extends GrantedAuthority> authorities) {
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(PREFIX)) {
                return valueOf(name.substring(PREFIX.length()));
            }
        }
        return null;
    }
}
