package org.ansoplatform.governance;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.shared.CountryCode;

/** A membership application with the decisions that endorsed, approved or rejected it. */
@Schema(name = "MembershipApplicationView")
public record ApplicationView(UUID id, UUID applicantId, String legalName, String originalName, String country,
        OrganizationType type, String website, String contactName, String contactEmail, String motivation,
        List<UUID> fileIds, ApplicationState state, UUID organizationId, UUID endorsedBy, UUID approvedBy, UUID rejectedBy,
        Instant submittedAt, Instant updatedAt) {

    public String countryName(Locale locale) {
        return new CountryCode(country).displayName(locale);
    }
}
