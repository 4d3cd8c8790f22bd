package org.ansoplatform.governance.web;

import jakarta.validation.constraints.Size;

/** A session's minutes. */
public record MinutesForm(@Size(max = 100_000, message = "{validation.tooLong}") String minutes) {
}
