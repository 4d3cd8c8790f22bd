package org.ansoplatform.publications;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.LinkSecrets;
import org.ansoplatform.platform.RateLimits;
import org.ansoplatform.publications.news.SubscriberStatus;
import org.ansoplatform.publications.news.SubscriberStore;
import org.ansoplatform.publications.news.UnsubscribeLinks;
import org.ansoplatform.shared.EmailAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions to the newsletter with double opt-in: asking sends a confirmation link (whatever the address's state,
 * so the answer never tells whether it is subscribed); opening the link confirms, and opening it again says so and
 * changes nothing; the one-click link of every newsletter unsubscribes. Asking is rate-limited per address and email.
 */
@Service
@Transactional
public class SubscriptionManagement {

    /** What opening a link did. */
    public enum Outcome {
        CONFIRMED, ALREADY_CONFIRMED, UNSUBSCRIBED, ALREADY_UNSUBSCRIBED
    }

    public static final String CONFIRM_PATH = "/newsletters/confirm";
    public static final String UNSUBSCRIBE_PATH = "/newsletters/unsubscribe/";

    private final SubscriberStore store;
    private final UnsubscribeLinks unsubscribeLinks;
    private final RateLimits rateLimits;
    private final Languages languages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubscriptionManagement(SubscriberStore store, UnsubscribeLinks unsubscribeLinks, RateLimits rateLimits,
            Languages languages, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.unsubscribeLinks = unsubscribeLinks;
        this.rateLimits = rateLimits;
        this.languages = languages;
        this.events = events;
        this.clock = clock;
    }

    /** Asks for the newsletter at {@code email} in {@code language}: a confirmation link is mailed. */
    public void request(String email, String language) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty() || address.length() > 254 || !EmailAddress.isValid(address)) {
            throw new InvalidInputException("email", "subscription.error.email");
        }
        rateLimits.check(RateLimits.Action.NEWSLETTER_SUBSCRIPTION, address);
        String tag = languages.closest(language == null || language.isBlank() ? languages.fallback().getLanguage() : language);
        Instant now = clock.instant();
        String secret = LinkSecrets.newSecret();
        String hash = LinkSecrets.hash(secret);
        Optional<SubscriberStore.Subscriber> existing = store.byEmail(address);
        UUID id;
        if (existing.isEmpty()) {
            id = UUID.randomUUID();
            store.insert(id, address, tag, hash, now);
        } else if (existing.get().status() == SubscriberStatus.CONFIRMED) {
            // already subscribed: the language chosen now, and a link that says so when opened
            id = existing.get().id();
            store.language(id, tag);
            events.publishEvent(new SubscriptionRequested(id, existing.get().email(), tag, ""));
            return;
        } else {
            id = existing.get().id();
            store.renew(id, tag, hash, now);
        }
        events.publishEvent(new SubscriptionRequested(id, address, tag, CONFIRM_PATH + "?token=" + secret));
    }

    /**
     * Adds a subscriber whose consent was given elsewhere (a list moved from another system, the demo's illustrative
     * readers), confirmed at once and without mail; an address already known is left as it is.
     */
    public boolean importConfirmed(String email, String language) {
        if (email == null || !EmailAddress.isValid(email.strip()) || store.byEmail(email.strip()).isPresent()) {
            return false;
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insert(id, email.strip(), languages.closest(language), LinkSecrets.hash(LinkSecrets.newSecret()), now);
        store.confirm(id, now);
        return true;
    }

    /** Confirms the subscription whose link carries {@code secret}; empty when no subscription has it. */
    public Optional<Outcome> confirm(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return store.byConfirmHash(LinkSecrets.hash(secret.strip())).map(s -> {
            if (s.status() == SubscriberStatus.CONFIRMED) {
                return Outcome.ALREADY_CONFIRMED;
            }
            if (s.status() == SubscriberStatus.UNSUBSCRIBED) {
                // an old link after unsubscribing asks nothing again: subscribing again is a new request
                return Outcome.ALREADY_UNSUBSCRIBED;
            }
            store.confirm(s.id(), clock.instant());
            return Outcome.CONFIRMED;
        });
    }

    /** Unsubscribes the subscriber the one-click link names; empty when the link is not one of ours. */
    public Optional<Outcome> unsubscribe(String secret) {
        return unsubscribeLinks.subscriber(secret).flatMap(store::byId).map(s -> {
            if (s.status() == SubscriberStatus.UNSUBSCRIBED) {
                return Outcome.ALREADY_UNSUBSCRIBED;
            }
            store.unsubscribe(s.id(), clock.instant());
            return Outcome.UNSUBSCRIBED;
        });
    }

    /** Whether a one-click link is one of ours (the page with the button is shown only then). */
    @Transactional(readOnly = true)
    public boolean knows(String unsubscribeSecret) {
        return unsubscribeLinks.subscriber(unsubscribeSecret).flatMap(store::find).isPresent();
    }

    /** The subscribers by state now (the editors' counts, never the addresses). */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> counts() {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (SubscriberStatus status : SubscriberStatus.values()) {
            counts.put(status.name().toLowerCase(Locale.ROOT), store.count(status));
        }
        return counts;
    }
}
