package org.ansoplatform.partnerships;

import java.time.Instant;
import java.util.UUID;

/**
 * An expression of interest in an offer or a request and what became of it. The interested organization is named
 * here; pages and the API show it to the owner's side only once {@link IntroductionStatus#introduced()}.
 */
public record IntroductionView(UUID id, UUID technologyId, UUID interestedOrganization, UUID interestedPerson,
        String message, IntroductionStatus status, UUID ownerPerson, AgreementKind agreementKind, Instant createdAt,
        Instant introducedAt, Instant updatedAt, boolean illustrative) {

    /** One step: from which status to which, by whom, when and why. */
    public record Step(IntroductionStatus from, IntroductionStatus to, String actorName, Instant at, String reason) {
    }
}
