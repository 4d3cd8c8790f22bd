package org.ansoplatform.meetings.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.ansoplatform.meetings.Gender;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.meetings.RegistrationCommand;

/**
 * The public registration form, bound as typed; {@code answers} follow the meeting's questions in order. The
 * service checks lengths, the address, the country and the required answers; {@code timeZone} is the browser's.
 */
public record RegistrationForm(@NotBlank(message = "{validation.required}") String name,
        @NotBlank(message = "{validation.required}") String email,
        @NotBlank(message = "{validation.required}") String country,
        String organization, ParticipantRole role, Gender gender, List<String> answers, String altcha, String timeZone, String orcid) {

    public RegistrationForm {
        answers = answers == null ? new ArrayList<>() : answers;
    }

    static RegistrationForm blank() {
        return new RegistrationForm(null, null, null, null, null, null, new ArrayList<>(), null, null, null);
    }

    RegistrationCommand command(String language) {
        return new RegistrationCommand(name, email, country, organization, role, gender, answers, language, knownZone(), orcid);
    }

    /** The browser's zone, filled in by app.js; one Java does not know is left out rather than refusing the form. */
    private String knownZone() {
        try {
            return timeZone == null || timeZone.isBlank() ? null : java.time.ZoneId.of(timeZone.strip()).getId();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
