package org.ansoplatform.meetings.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.meetings.RegistrationCommand;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.EmailAddress;
import org.ansoplatform.platform.TextInput;

/**
 * Checks what a participant gives against the meeting's questions and normalizes it (trimmed, country in upper
 * case, a default role by the kind of meeting, English when no language is given); refuses with every violation
 * at once.
 */
public final class RegistrationCheck {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 320;
    public static final int ORGANIZATION_MAX = 300;
    public static final int ANSWER_MAX = 2000;

    private RegistrationCheck() {
    }

    public static RegistrationCommand check(RegistrationCommand c, List<Boolean> required, MeetingKind kind) {
        List<Violation> violations = new ArrayList<>();
        String name = TextInput.checkLine(c.name(), "name", NAME_MAX, true, violations);
        String email = TextInput.trim(c.email());
        if (email == null) {
            violations.add(new Violation("email", "validation.required"));
        } else if (email.length() > EMAIL_MAX || !EmailAddress.isValid(email)) {
            violations.add(new Violation("email", "validation.email"));
        }
        String country = TextInput.trim(c.country());
        if (country == null) {
            violations.add(new Violation("country", "validation.required"));
        } else if (!CountryCode.isValid(country.toUpperCase(Locale.ROOT))) {
            violations.add(new Violation("country", "validation.country"));
        } else {
            country = country.toUpperCase(Locale.ROOT);
        }
        String organization = TextInput.checkLine(c.organization(), "organization", ORGANIZATION_MAX, false, violations);
        ParticipantRole role = c.role() != null ? c.role()
                : kind == MeetingKind.TRAINING_COURSE ? ParticipantRole.TRAINEE : ParticipantRole.GUEST;
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            String answer = i < c.answers().size() ? TextInput.trim(c.answers().get(i)) : null;
            if (answer == null && required.get(i)) {
                violations.add(new Violation("answers[" + i + "]", "validation.required"));
            } else if (answer != null && answer.length() > ANSWER_MAX) {
                violations.add(new Violation("answers[" + i + "]", "validation.tooLong", ANSWER_MAX));
            }
            answers.add(answer == null ? "" : answer);
        }
        String zone = TextInput.trim(c.timeZone());
        if (zone != null) {
            try {
                zone = java.time.ZoneId.of(zone).getId();
            } catch (java.time.DateTimeException e) {
                violations.add(new Violation("timeZone", "meetings.error.timeZone"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String language = c.language() == null || c.language().isBlank() ? "en" : c.language();
        return new RegistrationCommand(name, email, country, organization, role, c.gender(), answers, language, zone);
    }
}
