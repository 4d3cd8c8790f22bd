package org.ansoplatform.platform;

import java.util.List;

/**
 * Input that breaks a rule the form annotations cannot express (a duplicate email, a used token). Carries
 * message keys, never text, so each person reads it in their language. {@code field} is null for errors
 * that belong to the whole form.
 */
public class InvalidInputException extends RuntimeException {

    public record Violation(String field, String messageKey, Object... args) {
    }

    private final List<Violation> violations;

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new Violation(field, messageKey, args)));
    }

    public InvalidInputException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
