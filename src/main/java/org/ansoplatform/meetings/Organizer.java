package org.ansoplatform.meetings;

import java.util.UUID;

/**
 * An organizer: an organization of the directory (its id and name) or a name alone, optionally with the
 * organization’s ROR id (the bare id, checksum-checked) when it is not in the directory.
 */
public record Organizer(UUID organizationId, String name, String rorId) {

    /** An organizer without ROR id. */
    public Organizer(UUID organizationId, String name) {
        this(organizationId, name, null);
    }

    /** The ROR record’s address, or null. */
    public String rorUrl() {
        return rorId == null ? null : "https://ror.org/" + rorId;
    }
}
