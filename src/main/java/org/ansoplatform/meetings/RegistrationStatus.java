package org.ansoplatform.meetings;

/** Where a registration stands. Only PENDING, CONFIRMED and WAITING are active. */
public enum RegistrationStatus {
    PENDING, CONFIRMED, WAITING, CANCELLED, REJECTED;

    public boolean active() {
        return this == PENDING || this == CONFIRMED || this == WAITING;
    }
}
