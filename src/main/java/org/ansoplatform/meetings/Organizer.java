package org.ansoplatform.meetings;

import java.util.UUID;

/** An organizer: an organization of the directory (its id and name) or a name alone. */
public record Organizer(UUID organizationId, String name) {
}
