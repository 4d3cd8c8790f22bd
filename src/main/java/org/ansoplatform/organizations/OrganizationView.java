package org.ansoplatform.organizations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.RorId;

/** An organization as pages, the API and other modules see it. {@code country} is the ISO 3166-1 alpha-2 code. */
public record OrganizationView(UUID id, String name, String originalName, String country, OrganizationType type,
        OrganizationStatus status, LocalDate statusSince, String website, String rorId, Instant createdAt,
        Instant updatedAt) {

    /** The country's name in the reader's language. */
    public String countryName(Locale locale) {
        return new CountryCode(country).displayName(locale);
    }

    /** The ROR record's address, or null without a ROR id. */
    public String rorUrl() {
        return rorId == null ? null : new RorId(rorId).url();
    }
}
