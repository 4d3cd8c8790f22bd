package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/**
 * A referee uploaded a letter through their link; the applicant is told it arrived, never what it says, with
 * a link to the application ({@code path}).
 */
public record RefereeLetterReceived(UUID applicationId, UUID refereeId, UUID applicantId, String refereeName, String path, Actor actor)
        implements ApplicationEvent {

    @Override
    public String action() {
        return "referee.letterReceived";
    }

    @Override
    public String detail() {
        return refereeName;
    }
}
