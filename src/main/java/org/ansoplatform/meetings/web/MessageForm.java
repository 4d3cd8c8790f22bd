package org.ansoplatform.meetings.web;

import org.ansoplatform.meetings.ParticipantMessages;

/** The Secretariat's message to a group of a meeting's participants; the service checks the text. */
public record MessageForm(ParticipantMessages.Group group, String subject, String body) {

    static MessageForm blank() {
        return new MessageForm(ParticipantMessages.Group.ALL_ACTIVE, null, null);
    }
}
