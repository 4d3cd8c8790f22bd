package org.ansoplatform.platform;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Codes printed on documents (certificates, offer letters) and typed back on a public page that confirms them:
 * about 60 random bits, so that a code cannot be guessed, in groups a person can read from paper.
 */
public final class VerificationCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L: codes are read from paper and typed. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private VerificationCodes() {
    }

    /** {@code PREFIX-XXXX-XXXX-XXXX}. */
    public static String newCode(String prefix) {
        StringBuilder code = new StringBuilder(prefix);
        for (int group = 0; group < 3; group++) {
            code.append('-');
            for (int i = 0; i < 4; i++) {
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
        }
        return code.toString();
    }

    /** Codes are typed: case and surrounding blanks do not matter. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
