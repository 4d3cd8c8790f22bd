package org.ansoplatform.platform;

import org.springframework.security.core.Authentication;

/**
 * Reloads a session's principal on every request so that a granted or revoked role, or a disabled
 * account, takes effect at once rather than at the next login. Implemented by accounts.
 */
public interface PrincipalRefresher {

    /** The current form of this authentication, or null if the person may no longer sign in. */
    Authentication refresh(Authentication current);
}
