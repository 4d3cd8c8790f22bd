package org.ansoplatform.meetings;

import java.util.List;

/**
 * What a participant gives when registering. {@code answers} follow the meeting's questions in order;
 * {@code language} is the one their emails are written in.
 */
public record RegistrationCommand(String name, String email, String country, String organization, ParticipantRole role,
        Gender gender, List<String> answers, String language) {

    public RegistrationCommand {
        answers = answers == null ? List.of() : answers.stream().map(a -> a == null ? "" : a).toList();
    }
}
