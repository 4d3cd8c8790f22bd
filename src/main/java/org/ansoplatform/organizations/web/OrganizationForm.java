package org.ansoplatform.organizations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationView;

/**
 * The secretariat's form, as typed. Checks what annotations can; {@link OrganizationManagement} checks the
 * rest (country code, ROR checksum, web address, duplicate name). Messages are keys of the message source.
 */
public record OrganizationForm(
        @NotBlank(message = "{validation.required}")
        @Size(max = OrganizationManagement.NAME_MAX, message = "{organizations.validation.tooLong}")
        String name,
        @Size(max = OrganizationManagement.NAME_MAX, message = "{organizations.validation.tooLong}")
        String originalName,
        @NotBlank(message = "{validation.required}")
        String country,
        @NotBlank(message = "{validation.required}")
        String type,
        @NotBlank(message = "{validation.required}")
        String status,
        @Pattern(regexp = "\\s*|\\d{4}-\\d{2}-\\d{2}", message = "{validation.date}")
        String statusSince,
        @Size(max = OrganizationManagement.WEBSITE_MAX, message = "{organizations.validation.tooLong}")
        String website,
        String rorId) {

    static OrganizationForm empty() {
        return new OrganizationForm(null, null, null, null, null, null, null, null);
    }

    static OrganizationForm of(OrganizationView o) {
        return new OrganizationForm(o.name(), o.originalName(), o.country(), o.type().name(), o.status().name(),
                o.statusSince() == null ? null : o.statusSince().toString(), o.website(), o.rorId());
    }
}
