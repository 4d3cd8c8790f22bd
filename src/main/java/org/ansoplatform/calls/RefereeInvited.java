package org.ansoplatform.calls;

import java.time.Instant;
import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.CarriesLinkSecret;
import org.ansoplatform.shared.LocalizedText;

/**
 * A referee was asked for a letter. Carries the link's secret until the email is written (publications
 * are deleted once complete), in {@code token} and in the referee page's {@code path}; the audit detail never shows it.
 */
public record RefereeInvited(UUID applicationId, UUID refereeId, String refereeName, String refereeEmail, String token, String path,
        String applicantName, LocalizedText callTitle, Instant deadline, java.time.ZoneId zone, boolean reminder, Actor actor) implements ApplicationEvent, CarriesLinkSecret {

    @Override
    public String action() {
        return reminder ? "referee.reminded" : "referee.invited";
    }

    @Override
    public String detail() {
        return refereeName + " <" + refereeEmail + ">";
    }

    @Override
    public String toString() {
        return "RefereeInvited[" + refereeId + "]";
    }
}
