package org.ansoplatform.calls.intake;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Nomination codes: eight characters from an alphabet without look-alikes (about 39 bits), shown as
 * {@code ABCD-EFGH}, so that a delegate cannot guess the code of an applicant who did not ask them.
 */
final class NominationCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private NominationCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String shown(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    /** A code as typed (any case, with or without its dash and spaces), or empty if it cannot be one. */
    static Optional<String> normalized(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? Optional.of(code) : Optional.empty();
    }
}
