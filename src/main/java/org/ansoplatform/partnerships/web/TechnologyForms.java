package org.ansoplatform.partnerships.web;

import java.util.UUID;

import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.IntroductionStatus;

/** The Technology Transfer Platform's small forms, each bound as typed. */
public final class TechnologyForms {

    private TechnologyForms() {
    }

    /** A person asks to represent an organization of the directory. */
    public record RepresentativeForm(UUID organizationId, String position, String phone) {
        static RepresentativeForm blank() {
            return new RepresentativeForm(null, "", "");
        }
    }

    /** A reason, required where a step needs one (sending back, refusing, declining, archiving, ending). */
    public record ReasonForm(String reason) {
    }

    /** Interest of one of the reader's organizations in a published offer or request. */
    public record InterestForm(UUID technologyId, UUID organizationId, String message) {
    }

    /** An introduction's outcome; a signed agreement names its kind. */
    public record OutcomeForm(IntroductionStatus outcome, AgreementKind kind, String note) {
    }
}
