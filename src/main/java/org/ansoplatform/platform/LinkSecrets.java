package org.ansoplatform.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of emailed links and API tokens (decision 7): 256 random bits, handed out once in URL-safe
 * Base64, stored only as their SHA-256. High entropy needs no slow hash, and a stored hash stays indexable.
 */
public final class LinkSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkSecrets() {
    }

    /** A fresh secret of 256 random bits, 43 URL-safe characters. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a secret: its SHA-256, as 64 lower-case hex digits. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
