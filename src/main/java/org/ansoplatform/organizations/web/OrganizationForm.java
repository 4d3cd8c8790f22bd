package org.ansoplatform.organizations.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An organization as the Secretariat's form and the JSON body of POST and PUT give it, typed. {@code country} is
 * an ISO 3166-1 alpha-2 code, {@code rorId} a bare ROR id or its https://ror.org/ form, {@code statusSince} an ISO
 * date. Checks what annotations can; {@link OrganizationManagement} checks the rest (country code, ROR checksum,
 * web address, duplicate name).
 */
public record OrganizationForm(
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
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate statusSince,
        @Size(max = OrganizationManagement.WEBSITE_MAX, message = "{organizations.validation.tooLong}")
        String website,
        String rorId) {

    static OrganizationForm empty() {
        return new OrganizationForm(null, null, null, null, null, null, null, null);
    }

    /** An empty form with what another page already knows; a status other than a member's, which only a decision gives. */
    static OrganizationForm prefilled(String name, String country, String status) {
        OrganizationStatus given = java.util.Arrays.stream(OrganizationStatus.values())
                .filter(s -> s != OrganizationStatus.MEMBER && s.name().equalsIgnoreCase(String.valueOf(status).strip()))
                .findFirst().orElse(null);
        String code = country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        return new OrganizationForm(name == null ? null : name.strip(), null, code, null, given, null, null, null);
    }

    static OrganizationForm of(OrganizationView o) {
        return new OrganizationForm(o.name(), o.originalName(), o.country(), o.type(), o.status(), o.statusSince(),
                o.website(), o.rorId());
    }

    OrganizationCommand command() {
        return new OrganizationCommand(name, originalName, country, type, status, statusSince, website, rorId);
    }
}
