package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;

/**
 * When the offers of a call went out, this submitted application had none but stays on its track's waitlist at
 * {@code position}: a place freed by a decline or an expiry goes to the next on it. The applicant is emailed
 * what that means, with a link to the outcome on the application's page ({@code path}).
 */
public record ApplicantWaitlisted(UUID applicationId, UUID applicantId, String reference, LocalizedText callTitle,
        LocalizedText trackName, int position, String path, Actor actor) implements ApplicationEvent {

    @Override
    public String action() {
        return "selection.waitlisted";
    }

    @Override
    public String detail() {
        return reference + " waitlisted at " + position + " in " + trackName.get("en");
    }
}
