package org.ansoplatform.governance;

import java.util.List;
import java.util.UUID;

/**
 * A thematic association as proposed. The lead and member institutions are chosen from the directory
 * ({@code leadOrganizationId}, {@code memberIds}); {@code leadInstitution} names the lead where the directory
 * lacks it, and takes the directory's name otherwise.
 */
public record AssociationCommand(String acronym, String name, String leadInstitution, String aims, String regions,
        String countries, String coordinator, String members, ScienceField field, UUID leadOrganizationId,
        List<UUID> memberIds) {

    public AssociationCommand(String acronym, String name, String leadInstitution, String aims, String regions,
            String countries, String coordinator, String members) {
        this(acronym, name, leadInstitution, aims, regions, countries, coordinator, members, null, null, null);
    }
}
