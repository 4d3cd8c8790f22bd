package org.ansoplatform.platform;

import java.util.UUID;

/**
 * What every module may know of the principal without importing accounts. The accounts module's user
 * details implement it.
 */
public interface SignedInPerson {

    UUID id();

    String email();

    String displayName();

    boolean hasRole(String role);
}
