package org.ansoplatform.meetings;

import java.util.List;

/**
 * What a participant gives when registering. {@code answers} follow the meeting's questions in order (a
 * checkboxes question's answer is the chosen options' numbers separated by commas); {@code language} is the one
 * their emails are written in, {@code timeZone} theirs (the browser's, optional), so emails give the meeting's
 * hours in their time too. {@code orcid} is their ORCID iD, optional.
 */
public record RegistrationCommand(String name, String email, String country, String organization, ParticipantRole role,
        Gender gender, List<String> answers, String language, String timeZone, String orcid) {

    public RegistrationCommand {
        answers = answers == null ? List.of() : answers.stream().map(a -> a == null ? "" : a).toList();
    }

    public RegistrationCommand(String name, String email, String country, String organization, ParticipantRole role,
            Gender gender, List<String> answers, String language) {
        this(name, email, country, organization, role, gender, answers, language, null, null);
    }

    /** Without ORCID iD. */
    public RegistrationCommand(String name, String email, String country, String organization, ParticipantRole role,
            Gender gender, List<String> answers, String language, String timeZone) {
        this(name, email, country, organization, role, gender, answers, language, timeZone, null);
    }
}
