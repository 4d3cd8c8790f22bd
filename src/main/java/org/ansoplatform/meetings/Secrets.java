package org.ansoplatform.meetings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The secret of a participant's own link (256 random bits, stored as SHA-256) and certificate codes. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L: codes are read from paper and typed. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private Secrets() {
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate code such as {@code ANSO-7KQ2-M9XD-P4TR} (60 random bits). */
    static String certificateCode() {
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
    static String normalizeCode(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
