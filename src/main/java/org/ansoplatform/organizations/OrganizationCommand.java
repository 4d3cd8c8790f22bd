package org.ansoplatform.organizations;

import java.time.LocalDate;

/**
 * What a person or the demo loader asks to register or change. Free-form as typed: {@link OrganizationManagement}
 * trims, normalizes (country upper-cased, ROR id reduced to its bare form) and checks every field before writing.
 */
public record OrganizationCommand(String name, String originalName, String country, OrganizationType type,
        OrganizationStatus status, LocalDate statusSince, String website, String rorId) {
}
