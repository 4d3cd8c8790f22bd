package org.ansoplatform.review.panels;

/** A pair the Secretariat fixes before solving: PIN must be assigned, BAN must not. */
public enum PairingKind {
    PIN, BAN
}
