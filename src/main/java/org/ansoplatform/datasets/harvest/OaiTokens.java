package org.ansoplatform.datasets.harvest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.ansoplatform.datasets.harvest.OaiException.Code;
import org.ansoplatform.platform.DataDirectory;
import org.springframework.stereotype.Component;

/**
 * Resumption tokens: where the last page ended (its last record's datestamp and place), the list's arguments, the
 * cursor, the list's size at its first page, and an expiry, signed with HMAC-SHA256 under a key kept in the data
 * directory. A token holds everything the next page needs, so nothing is stored per harvest; a token altered, cut,
 * expired or made for another verb is refused as badResumptionToken. Keyset, not offset: a page costs the same at the
 * end of a long list as at its start, and records changed meanwhile are neither skipped nor repeated in place.
 */
@Component
class OaiTokens {

    /** The state of a list between two pages. {@code set} is null for the whole repository. */
    record Token(OaiVerb verb, OaiFormat format, Instant from, Instant until, String set, Instant afterDatestamp,
            long afterSeq, long cursor, long completeListSize, Instant expires) {
    }

    private static final String VERSION = "1";
    private static final Pattern FIELD = Pattern.compile("\\|");

    private final byte[] key;

    OaiTokens(DataDirectory directory) {
        this.key = directory.secretKey("oai-resumption.key", 32);
    }

    String encode(Token token) {
        String payload = String.join("|", VERSION, token.verb().name(), token.format().name(),
                String.valueOf(token.from().getEpochSecond()), String.valueOf(token.until().getEpochSecond()),
                token.set() == null ? "" : token.set(), String.valueOf(token.afterDatestamp().getEpochSecond()),
                String.valueOf(token.afterSeq()), String.valueOf(token.cursor()), String.valueOf(token.completeListSize()),
                String.valueOf(token.expires().getEpochSecond()));
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + mac(encoded);
    }

    Token decode(String text, OaiVerb verb, Instant now) {
        if (text == null || text.length() > 2000) {
            throw bad("The resumption token is malformed.");
        }
        int dot = text.indexOf('.');
        if (dot < 0 || !MessageDigest.isEqual(mac(text.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                text.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw bad("The resumption token is not one this repository issued.");
        }
        Token token;
        try {
            String[] f = FIELD.split(new String(Base64.getUrlDecoder().decode(text.substring(0, dot)), StandardCharsets.UTF_8), -1);
            if (f.length != 11 || !VERSION.equals(f[0])) {
                throw bad("The resumption token is malformed.");
            }
            token = new Token(OaiVerb.valueOf(f[1]), OaiFormat.valueOf(f[2]), Instant.ofEpochSecond(Long.parseLong(f[3])),
                    Instant.ofEpochSecond(Long.parseLong(f[4])), f[5].isEmpty() ? null : f[5],
                    Instant.ofEpochSecond(Long.parseLong(f[6])), Long.parseLong(f[7]), Long.parseLong(f[8]),
                    Long.parseLong(f[9]), Instant.ofEpochSecond(Long.parseLong(f[10])));
        } catch (IllegalArgumentException malformed) {
            throw bad("The resumption token is malformed.");
        }
        if (token.verb() != verb) {
            throw bad("The resumption token belongs to another verb.");
        }
        if (!now.isBefore(token.expires())) {
            throw bad("The resumption token has expired: start the list again.");
        }
        return token;
    }

    private static OaiException bad(String message) {
        return new OaiException(Code.BAD_RESUMPTION_TOKEN, message);
    }

    private String mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("oai-resumption:" + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
