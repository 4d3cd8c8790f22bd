package org.ansoplatform.identifiers;

/**
 * Where a DOI's registration with DataCite stands. {@code DRAFT}: only here, nothing sent (no credentials,
 * or not asked to register yet); {@code QUEUED}: waiting to be sent, at its next attempt time;
 * {@code REGISTERED}: DataCite holds the metadata last asked for; {@code FAILED}: DataCite refused it (the last
 * error says why) or it could not be reached after every attempt, and it waits for a person.
 */
public enum RegistrationState {
    DRAFT, QUEUED, REGISTERED, FAILED
}
