package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/**
 * A referee declined to write, through their link, with their reason (may be empty); the applicant is told
 * by email, with a link to the application ({@code path}) where they ask someone else.
 */
public record RefereeDeclined(UUID applicationId, UUID refereeId, UUID applicantId, String refereeName, String reason, String path,
        Actor actor) implements ApplicationEvent {

    @Override
    public String action() {
        return "referee.declined";
    }

    @Override
    public String detail() {
        return refereeName;
    }
}
