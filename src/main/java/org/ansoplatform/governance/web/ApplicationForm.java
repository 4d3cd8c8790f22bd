package org.ansoplatform.governance.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.ansoplatform.governance.ApplicationCommand;
import org.ansoplatform.organizations.OrganizationType;

/**
 * The membership application form. Bean Validation checks lengths; {@code MembershipManagement} checks what is
 * required, the country code, the web address and the email, so that every field's problem shows at once.
 */
public record ApplicationForm(
        @Size(max = 300, message = "{validation.tooLong}") String legalName,
        @Size(max = 300, message = "{validation.tooLong}") String originalName,
        String country,
        OrganizationType type,
        @Size(max = 500, message = "{validation.tooLong}") String website,
        @Size(max = 200, message = "{validation.tooLong}") String contactName,
        @Size(max = 320, message = "{validation.tooLong}") String contactEmail,
        @Size(max = 8000, message = "{validation.tooLong}") String motivation) {

    static ApplicationForm empty() {
        return new ApplicationForm(null, null, null, null, null, null, null, null);
    }

    ApplicationCommand command(List<UUID> fileIds) {
        return new ApplicationCommand(legalName, originalName, country, type, website, contactName, contactEmail,
                motivation, fileIds);
    }
}
