package org.ansoplatform.platform;

import java.util.List;

/**
 * Input that conflicts with what is already recorded (a duplicate name, an email already registered, a state that
 * moved on): a page shows it next to its field like any refused input, the API answers 409 Conflict (RFC 9457
 * problem of type {@code conflict}) instead of 400, so that a client can tell "fix your input" from "it exists".
 */
public class ConflictException extends InvalidInputException {

    public ConflictException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }

    public ConflictException(List<Violation> violations) {
        super(violations);
    }
}
