package org.ansoplatform.partnerships.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.shared.LocalizedText;

/**
 * What the Secretariat enters for an agreement: its kind, title and scope in the configured languages, the alliance's
 * part, the organizations of the directory that sign or support it with their signatories, the goals it serves, its
 * dates (effective, expiry, days of notice before expiry), whether it is confidential, and the staff member who owns it.
 */
public record AgreementCommand(AgreementKind kind, LocalizedText title, LocalizedText scope, AllianceRole allianceRole,
        List<Party> parties, List<Integer> sdgs, LocalDate effectiveOn, LocalDate expiresOn, Integer noticeDays,
        boolean confidential, UUID ownerId, boolean illustrative) {

    /** An organization of the directory in the agreement; the signatory is optional until signing. */
    @Schema(name = "AgreementPartyInput")
    public record Party(UUID organizationId, AllianceRole role, String signatoryName, String signatoryTitle) {

        public static Party of(UUID organizationId) {
            return new Party(organizationId, AllianceRole.PARTY, null, null);
        }
    }

    public AgreementCommand {
        title = title == null ? new LocalizedText(null) : title;
        scope = scope == null ? new LocalizedText(null) : scope;
        parties = parties == null ? List.of() : List.copyOf(parties);
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
    }
}
