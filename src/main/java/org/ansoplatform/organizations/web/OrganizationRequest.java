package org.ansoplatform.organizations.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;

/**
 * The JSON body of POST and PUT. {@code country} is an ISO 3166-1 alpha-2 code, {@code rorId} a bare ROR id
 * or its https://ror.org/ form, {@code statusSince} an ISO date.
 */
public record OrganizationRequest(
        @NotBlank(message = "{validation.required}")
        @Size(max = OrganizationManagement.NAME_MAX, message = "{organizations.validation.tooLong}")
        String name,
        @Size(max = OrganizationManagement.NAME_MAX, message = "{organizations.validation.tooLong}")
        String originalName,
        @NotBlank(message = "{validation.required}")
        String country,
        @NotNull(message = "{validation.required}")
        OrganizationType type,
        @NotNull(message = "{validation.required}")
        OrganizationStatus status,
        LocalDate statusSince,
        @Size(max = OrganizationManagement.WEBSITE_MAX, message = "{organizations.validation.tooLong}")
        String website,
        String rorId) {

    OrganizationCommand command() {
        return new OrganizationCommand(name, originalName, country, type, status, statusSince, website, rorId);
    }
}
