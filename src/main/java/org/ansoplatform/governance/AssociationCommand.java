package org.ansoplatform.governance;

/** A thematic association as proposed. */
public record AssociationCommand(String acronym, String name, String leadInstitution, String aims, String regions,
        String countries, String coordinator, String members) {
}
