package org.ansoplatform.meetings;

import java.util.List;

import org.ansoplatform.platform.InvalidInputException;

/**
 * Where a registration stands. Only PENDING, CONFIRMED and WAITING are active. The Secretariat's and the
 * participant's steps are allowed only from the statuses they name, here.
 */
public enum RegistrationStatus {
    PENDING, CONFIRMED, WAITING, CANCELLED, REJECTED;

    private static final List<String> ACTIVE_NAMES = List.of(PENDING.name(), CONFIRMED.name(), WAITING.name());

    public boolean active() {
        return this == PENDING || this == CONFIRMED || this == WAITING;
    }

    /** The names of the active statuses, to bind as a query's parameter. */
    public static List<String> activeNames() {
        return ACTIVE_NAMES;
    }

    /** Cancelling, by the participant or the Secretariat: only an active registration. */
    public RegistrationStatus cancel() {
        if (!active()) {
            throw new InvalidInputException(null, "meetings.error.notActive");
        }
        return CANCELLED;
    }

    /** Approving a pending registration: confirmed when a place is free, otherwise on the waiting list. */
    public RegistrationStatus approve(boolean placeFree) {
        requirePending();
        return placeFree ? CONFIRMED : WAITING;
    }

    /** Refusing a pending registration. */
    public RegistrationStatus reject() {
        requirePending();
        return REJECTED;
    }

    private void requirePending() {
        if (this != PENDING) {
            throw new InvalidInputException(null, "meetings.error.notPending");
        }
    }
}
