package org.ansoplatform.governance.web;

import jakarta.validation.constraints.Size;

import org.ansoplatform.governance.AssociationCommand;

/** A proposal to set up a thematic association. */
public record AssociationForm(
        @Size(max = 40, message = "{validation.tooLong}") String acronym,
        @Size(max = 300, message = "{validation.tooLong}") String name,
        @Size(max = 300, message = "{validation.tooLong}") String leadInstitution,
        @Size(max = 4000, message = "{validation.tooLong}") String aims,
        @Size(max = 500, message = "{validation.tooLong}") String regions,
        @Size(max = 1000, message = "{validation.tooLong}") String countries,
        @Size(max = 200, message = "{validation.tooLong}") String coordinator,
        @Size(max = 4000, message = "{validation.tooLong}") String members) {

    static AssociationForm empty() {
        return new AssociationForm(null, null, null, null, null, null, null, null);
    }

    AssociationCommand command() {
        return new AssociationCommand(acronym, name, leadInstitution, aims, regions, countries, coordinator, members);
    }
}
