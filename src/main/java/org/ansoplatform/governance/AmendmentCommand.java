package org.ansoplatform.governance;

/** A proposed new text for one article of the version in force. */
public record AmendmentCommand(Integer baseVersion, String articleNumber, String heading, String body, String rationale) {
}
