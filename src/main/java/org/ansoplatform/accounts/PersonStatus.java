package org.ansoplatform.accounts;

public enum PersonStatus {
    /** Registered, has not yet followed the verification link. */
    PENDING_VERIFICATION,
    /** Invited by an administrator, has not yet set a password. */
    INVITED,
    ACTIVE,
    DISABLED
}
