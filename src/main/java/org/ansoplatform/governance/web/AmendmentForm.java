package org.ansoplatform.governance.web;

import jakarta.validation.constraints.Size;

import org.ansoplatform.governance.AmendmentCommand;

/** A proposed new text for one article of the version in force, which {@code StatuteManagement} checks. */
public record AmendmentForm(
        Integer baseVersion,
        @Size(max = 20, message = "{validation.tooLong}") String articleNumber,
        @Size(max = 300, message = "{validation.tooLong}") String heading,
        @Size(max = 20_000, message = "{validation.tooLong}") String body,
        @Size(max = 4000, message = "{validation.tooLong}") String rationale) {

    static AmendmentForm empty() {
        return new AmendmentForm(null, null, null, null, null);
    }

    AmendmentCommand command() {
        return new AmendmentCommand(baseVersion, articleNumber, heading, body, rationale);
    }
}
