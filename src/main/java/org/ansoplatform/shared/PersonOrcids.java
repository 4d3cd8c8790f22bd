package org.ansoplatform.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ORCID iDs people gave on their account, for modules that may not depend on accounts (calls shows an
 * applicant's iD, review finds conflicts of interest by it). Implemented by the accounts module.
 */
public interface PersonOrcids {

    /** The iDs of those of these people who gave one; people without an iD are absent. */
    Map<UUID, OrcidId> of(Collection<UUID> personIds);

    default Optional<OrcidId> of(UUID personId) {
        return personId == null ? Optional.empty() : Optional.ofNullable(of(java.util.List.of(personId)).get(personId));
    }
}
