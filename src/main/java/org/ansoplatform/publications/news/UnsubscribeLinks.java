package org.ansoplatform.publications.news;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.ansoplatform.platform.DataDirectory;
import org.springframework.stereotype.Component;

/**
 * The secret of a subscriber's one-click unsubscribe link: the subscriber's id with an HMAC-SHA256 of it under a key
 * kept in the data directory (decision 194). Every newsletter carries it, so it is derived rather than stored: the
 * database holds nothing that unsubscribes someone, and a forged or altered link is recognised without a lookup.
 */
@Component
public class UnsubscribeLinks {

    private final byte[] key;

    UnsubscribeLinks(DataDirectory directory) {
        this.key = directory.secretKey("newsletter-unsubscribe.key", 32);
    }

    public String secret(UUID subscriberId) {
        return subscriberId + "." + mac(subscriberId);
    }

    /** The subscriber a secret names, when it is one of ours. */
    public Optional<UUID> subscriber(String secret) {
        if (secret == null || secret.length() > 200) {
            return Optional.empty();
        }
        int dot = secret.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(secret.substring(0, dot));
            boolean same = MessageDigest.isEqual(mac(id).getBytes(StandardCharsets.US_ASCII),
                    secret.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
            return same ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private String mac(UUID id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("unsubscribe:" + id).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
