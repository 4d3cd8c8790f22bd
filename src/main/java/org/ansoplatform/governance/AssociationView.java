package org.ansoplatform.governance;

import java.util.List;
import java.util.UUID;

/**
 * A thematic association: its lead institution as named (and as the directory entry, when chosen from it), its
 * member institutions from the directory ({@code memberIds}) and any others named in {@code members}.
 */
public record AssociationView(UUID id, String acronym, String name, String leadInstitution, String aims,
        String regions, String countries, String coordinator, String members, AssociationState state, UUID approvedBy,
        ScienceField field, UUID leadOrganizationId, List<UUID> memberIds) {

    public AssociationView {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }
}
