package org.ansoplatform.governance;

import java.util.UUID;

/** A thematic association. */
public record AssociationView(UUID id, String acronym, String name, String leadInstitution, String aims,
        String regions, String countries, String coordinator, String members, AssociationState state, UUID approvedBy) {
}
