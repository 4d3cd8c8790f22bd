package org.ansoplatform.governance.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.ansoplatform.governance.AssociationCommand;
import org.ansoplatform.governance.ScienceField;

/** A proposal to set up a thematic association, its lead and member institutions chosen from the directory. */
public record AssociationForm(
        @Size(max = 40, message = "{validation.tooLong}") String acronym,
        @Size(max = 300, message = "{validation.tooLong}") String name,
        UUID leadOrganizationId,
        @Size(max = 300, message = "{validation.tooLong}") String leadInstitution,
        ScienceField field,
        @Size(max = 4000, message = "{validation.tooLong}") String aims,
        @Size(max = 500, message = "{validation.tooLong}") String regions,
        @Size(max = 1000, message = "{validation.tooLong}") String countries,
        @Size(max = 200, message = "{validation.tooLong}") String coordinator,
        List<UUID> memberIds,
        @Size(max = 4000, message = "{validation.tooLong}") String members) {

    static AssociationForm empty() {
        return new AssociationForm(null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    AssociationCommand command() {
        return new AssociationCommand(acronym, name, leadInstitution, aims, regions, countries, coordinator, members, field,
                leadOrganizationId, memberIds);
    }
}
