package org.ansoplatform.publications;

import java.util.UUID;

import org.ansoplatform.shared.CarriesLinkSecret;

/**
 * Someone asked for the newsletter: the confirmation mail goes to {@code email} in {@code language}, with the link
 * {@code confirmPath} that carries the live secret (the event is sealed where it is stored).
 */
public record SubscriptionRequested(UUID subscriberId, String email, String language, String confirmPath)
        implements CarriesLinkSecret {

    @Override
    public String toString() {
        return "SubscriptionRequested[" + subscriberId + "]";
    }
}
