package org.ansoplatform.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.ansoplatform.platform.DataDirectory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's bulk mail lists and their one-click unsubscribe of RFC 8058 (decisions 418-420). The link's secret
 * is the list and the address with an HMAC-SHA256 of both under a key in the data directory, as the newsletter's
 * (decision 194): nothing is stored before someone unsubscribes, and a forged or altered link is recognised without a
 * lookup. Opting out is kept per address and list, and the list's mail to that address is then skipped.
 */
@Service
public class MailingLists {

    /** The Secretariat's messages to applicants of a call (its mailings and draft reminders). */
    public static final String CALLS = "calls.messages";
    public static final String PATH = "/unsubscribe/one-click";
    private static final Set<String> LISTS = Set.of(CALLS);

    /** What a valid link names. */
    public record Subscription(String list, String address) {
    }

    public enum Outcome {
        UNSUBSCRIBED, ALREADY_UNSUBSCRIBED
    }

    private final ListOptOutStore store;
    private final Environment environment;
    private final Clock clock;
    private final byte[] key;

    MailingLists(ListOptOutStore store, Environment environment, Clock clock, DataDirectory directory) {
        this.store = store;
        this.environment = environment;
        this.clock = clock;
        this.key = directory.secretKey("mail-list-unsubscribe.key", 32);
    }

    /** The list and address a link's secret names, when it is one of ours. */
    public Optional<Subscription> subscription(String token) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            String named = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            int newline = named.indexOf('\n');
            if (newline < 0 || !MessageDigest.isEqual(mac(named).getBytes(StandardCharsets.US_ASCII),
                    token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            Subscription subscription = new Subscription(named.substring(0, newline), named.substring(newline + 1));
            return LISTS.contains(subscription.list()) ? Optional.of(subscription) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Takes the address off the list; the same link a second time says so and changes nothing. */
    @Transactional
    public Optional<Outcome> unsubscribe(String token) {
        return subscription(token).map(subscription -> store.add(subscription.list(), subscription.address(), clock.instant())
                ? Outcome.UNSUBSCRIBED : Outcome.ALREADY_UNSUBSCRIBED);
    }

    boolean optedOut(String list, String address) {
        return store.contains(list, normal(address));
    }

    /**
     * The headers of a list's message to an address: the one-click link (an https address in production, with the
     * POST of RFC 8058), and {@code Precedence: bulk} so that auto-responders and filters treat it as a list.
     */
    Map<String, String> headers(String list, String address) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + link(list, address) + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("Precedence", "bulk");
        return headers;
    }

    String link(String list, String address) {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH + "?token=" + token(list, address);
    }

    String token(String list, String address) {
        String named = list + "\n" + normal(address);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(named.getBytes(StandardCharsets.UTF_8)) + "." + mac(named);
    }

    private static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private String mac(String named) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(("unsubscribe:" + named).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
