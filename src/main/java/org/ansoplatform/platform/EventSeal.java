package org.ansoplatform.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the stored form of events that carry a link secret (decision 53) with AES-256-GCM under a key kept in the
 * data directory, readable by the platform's user only, so the database alone does not open them. The nonce is
 * derived from the plaintext (HMAC-SHA256, the SIV construction): Spring Modulith finds a publication again by its
 * serialized text, so the same event must seal to the same text, and a nonce repeats only for the same plaintext.
 */
final class EventSeal {

    static final String PREFIX = "sealed:v1:";
    private static final String KEY_FILE = "event-seal.key";
    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec encryption;
    private final SecretKeySpec authentication;

    private EventSeal(byte[] key) {
        this.encryption = new SecretKeySpec(Arrays.copyOfRange(key, 0, 32), "AES");
        this.authentication = new SecretKeySpec(Arrays.copyOfRange(key, 32, 64), "HmacSHA256");
    }

    /** The seal whose key is in the data directory, created at first use; several nodes sharing it agree. */
    static EventSeal in(DataDirectory directory) {
        return new EventSeal(directory.secretKey(KEY_FILE, 64));
    }

    String seal(String plaintext) {
        try {
            byte[] clear = plaintext.getBytes(StandardCharsets.UTF_8);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(authentication);
            byte[] nonce = Arrays.copyOf(mac.doFinal(clear), NONCE_BYTES);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(clear);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has AES-GCM and HMAC-SHA256", e);
        }
    }

    static boolean isSealed(String text) {
        return text.startsWith(PREFIX);
    }

    String open(String sealed) {
        try {
            byte[] in = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed event does not open with the key in the data directory", e);
        }
    }
}
