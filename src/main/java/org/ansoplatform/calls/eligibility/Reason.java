package org.ansoplatform.calls.eligibility;

import java.util.List;

/**
 * Why a rule failed, as a message key of {@code i18n/eligibility*.properties} and its arguments (Strings,
 * numbers or LocalDate). Turn it into a sentence with {@link Eligibility#explain}.
 */
public record Reason(String messageKey, List<Object> args) {

    public Reason {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("A reason needs a message key");
        }
        args = args == null ? List.of() : List.copyOf(args);
    }

    static Reason of(String messageKey, Object... args) {
        return new Reason(messageKey, List.of(args));
    }
}
