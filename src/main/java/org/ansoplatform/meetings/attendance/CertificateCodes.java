package org.ansoplatform.meetings.attendance;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Certificate codes such as {@code ANSO-7KQ2-M9XD-P4TR} (60 random bits), printed on the certificate and typed
 * into the public verification page. Not a link secret: it is meant to be shown.
 */
final class CertificateCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L: codes are read from paper and typed. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private CertificateCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder("ANSO");
        for (int group = 0; group < 3; group++) {
            code.append('-');
            for (int i = 0; i < 4; i++) {
                code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
            }
        }
        return code.toString();
    }

    /** Codes are typed: case and surrounding blanks do not matter. */
    static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
