package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;
import org.ansoplatform.shared.CarriesLinkSecret;

/**
 * A verification link is to be emailed. {@code path} is the page it opens, with the link's secret in its query,
 * which only the email may contain.
 */
public record EmailVerificationRequested(UUID personId, String path, Actor actor) implements AuditedEvent, CarriesLinkSecret {

    @Override
    public String action() {
        return "person.verification-sent";
    }

    @Override
    public String recordType() {
        return "person";
    }

    @Override
    public String recordId() {
        return personId.toString();
    }

    @Override
    public String toString() {
        return "%s[personId=%s]".formatted(getClass().getSimpleName(), personId);
    }
}
