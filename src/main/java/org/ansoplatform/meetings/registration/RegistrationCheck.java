package org.ansoplatform.meetings.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.meetings.Question;
import org.ansoplatform.meetings.QuestionType;
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

    /**
     * One answer as its question's type wants it: a line or a text within its length, one of the options' keys,
     * or any of them (given as keys separated by commas, kept in the options' order); empty when not answered.
     */
    private static String answer(Question question, String given, String field, List<Violation> violations) {
        String answer = TextInput.trim(given);
        String value = "";
        if (question.type().hasOptions() && answer != null) {
            List<String> chosen = question.chosen(answer);
            long named = java.util.Arrays.stream(answer.split(",")).map(String::strip).filter(k -> !k.isEmpty()).distinct().count();
            if (chosen.size() != named || question.type() == QuestionType.CHOICE && chosen.size() > 1) {
                violations.add(new Violation(field, "meetings.error.unknownOption"));
            }
            value = String.join(",", chosen);
        } else if (answer != null) {
            value = question.type() == QuestionType.SHORT_TEXT
                    ? TextInput.checkLine(answer, field, ANSWER_MAX, false, violations)
                    : TextInput.check(answer, field, ANSWER_MAX, false, violations);
            value = value == null ? "" : value;
        }
        if (value.isEmpty() && question.required() && violations.stream().noneMatch(v -> field.equals(v.field()))) {
            violations.add(new Violation(field, "validation.required"));
        }
        return value;
    }

    public static RegistrationCommand check(RegistrationCommand c, List<Question> questions, MeetingKind kind) {
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
        for (int i = 0; i < questions.size(); i++) {
            answers.add(answer(questions.get(i), i < c.answers().size() ? c.answers().get(i) : null, "answers[" + i + "]",
                    violations));
        }
        String zone = TextInput.trim(c.timeZone());
        if (zone != null) {
            try {
                zone = java.time.ZoneId.of(zone).getId();
            } catch (java.time.DateTimeException e) {
                violations.add(new Violation("timeZone", "meetings.error.timeZone"));
            }
        }
        String orcid = TextInput.trim(c.orcid());
        if (orcid != null) {
            if (org.ansoplatform.shared.OrcidId.isValid(orcid)) {
                orcid = org.ansoplatform.shared.OrcidId.parse(orcid).value();
            } else {
                violations.add(new Violation("orcid", "meetings.error.orcid"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String language = c.language() == null || c.language().isBlank() ? "en" : c.language();
        return new RegistrationCommand(name, email, country, organization, role, c.gender(), answers, language, zone, orcid);
    }
}
