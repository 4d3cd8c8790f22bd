package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;

/**
 * When the offers of a call went out, this submitted application was not selected and cannot be offered a place
 * later (its track has no places); the applicant is emailed, with a link to the outcome on the application's
 * page ({@code path}).
 */
public record ApplicantNotSelected(UUID applicationId, UUID applicantId, String reference, LocalizedText callTitle,
        LocalizedText trackName, String path, Actor actor) implements ApplicationEvent {

    @Override
    public String action() {
        return "selection.not-selected";
    }

    @Override
    public String detail() {
        return reference + " not selected in " + trackName.get("en");
    }
}
