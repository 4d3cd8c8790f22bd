package org.ansoplatform.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.CountryCode;

/**
 * A registration as its participant and the Secretariat see it. {@code position} is the place on the waiting
 * list (1 is next), 0 when not waiting. {@code orcid} is the participant’s ORCID iD (hyphenated), or null.
 */
public record RegistrationView(UUID id, UUID meetingId, UUID personId, String email, String name, String country,
        String organization, ParticipantRole role, Gender gender, List<String> answers, RegistrationStatus status,
        long arrival, long position, Instant createdAt, boolean attended, String attendanceSource,
        String certificateCode, String orcid) {

    /** The participant’s ORCID record, or null when they gave no ORCID iD. */
    public String orcidUrl() {
        return orcid == null ? null : "https://orcid.org/" + orcid;
    }

    public String countryName(Locale locale) {
        return CountryCode.isValid(country) ? new CountryCode(country).displayName(locale) : country;
    }

    /** A certificate is valid while its holder is recorded as having attended; its code never changes. */
    public boolean hasCertificate() {
        return certificateCode != null && attended;
    }
}
